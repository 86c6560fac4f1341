namespace RuleOfLaw.Reconsideration.Features;

/// <summary>An administrative mediation case: its parties, subject and outcome.</summary>
public sealed record MediationResponse(
    Guid Id, MediationStatus Status, string MediatingUnitId, IReadOnlyList<string> Parties, string Subject, DateOnly RegisteredOn, DateOnly? ConcludedOn, string? Result)
{
    public static MediationResponse From(MediationCase c) => new(c.Id, c.Status, c.ConcernedUnitId!, c.Parties, c.Subject, c.RegisteredOn, c.ConcludedOn, c.Result);
}
