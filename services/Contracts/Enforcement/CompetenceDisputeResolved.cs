namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>The legal office resolved a competence dispute, naming the competent unit (ENF-8).</summary>
public sealed record CompetenceDisputeResolved : IntegrationEvent
{
    public required string CompetentUnitId { get; init; }

    public required DateOnly ResolvedOn { get; init; }
}
