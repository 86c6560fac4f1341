namespace RuleOfLaw.Enforcement.Features;

/// <summary>A licence decision as the unit's staff see it in their register (the public sees only counts, ENF-10).</summary>
public sealed record LicenceResponse(
    Guid Id, string UnitId, Guid PowerId, string PowerCode, string PowerName, string LegalBasis, string ApplicantName, PartyKind ApplicantKind,
    DateOnly ReceivedOn, DateOnly DecidedOn, LicenceOutcome Outcome, string? Reasons)
{
    public static LicenceResponse From(LicenceDecision l) => new(
        l.Id, l.UnitId, l.PowerId, l.PowerCode, l.PowerName, l.LegalBasis, l.ApplicantName, l.ApplicantKind, l.ReceivedOn, l.DecidedOn, l.Outcome, l.Reasons);
}
