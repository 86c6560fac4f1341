namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>执法主体 — a unit registered as an enforcing unit (ENF-1).</summary>
[PublicEvent]
public sealed record EnforcingUnitRegistered : IntegrationEvent
{
    public required string Name { get; init; }
}
