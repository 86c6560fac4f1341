namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>执法争议 — two enforcing units dispute competence over a matter (ENF-8).</summary>
public sealed record CompetenceDisputeRegistered : IntegrationEvent
{
    public required string OtherUnitId { get; init; }

    public required string Matter { get; init; }
}
