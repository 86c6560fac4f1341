namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>A published decision altered or revoked (by reconsideration) was withdrawn from publication (ENF-7).</summary>
[PublicEvent]
public sealed record EnforcementDecisionWithdrawn : IntegrationEvent
{
    public required DateOnly WithdrawnOn { get; init; }

    public required bool OnTime { get; init; }
}
