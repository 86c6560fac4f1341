namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>立案 — an enforcement case was opened under a power (ENF-4).</summary>
public sealed record EnforcementCaseOpened : IntegrationEvent
{
    public required string CaseNumber { get; init; }

    public required Guid PowerId { get; init; }

    public required DateOnly OpenedOn { get; init; }

    public required bool OnTheSpot { get; init; }
}
