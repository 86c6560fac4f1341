namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>满意度 — the party of a closed case rated it, 1 (poor) to 5 (very satisfied) (ENF-10).</summary>
public sealed record EnforcementCaseRated : IntegrationEvent
{
    public required int Score { get; init; }
}
