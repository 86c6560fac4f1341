namespace RuleOfLaw.Decisions.Features;

/// <summary>An accountability record as the API shows it, dissenters marked (DEC-11).</summary>
public sealed record AccountabilityResponse(
    Guid Id, string UnitId, AccountabilityGround Ground, Guid? DecisionId, string? DecisionDescription, string Findings, IReadOnlyList<ResponsiblePerson> ResponsiblePersons, DateOnly RecordedOn)
{
    public static AccountabilityResponse From(AccountabilityRecord r) =>
        new(r.Id, r.UnitId, r.Ground, r.DecisionId, r.DecisionDescription, r.Findings, r.ResponsiblePersons, r.RecordedOn);
}
