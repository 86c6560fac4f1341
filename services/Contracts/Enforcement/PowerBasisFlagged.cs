namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>ENF-1: the normative document a power's basis cites is no longer in force (or a cited clause is suspended).</summary>
public sealed record PowerBasisFlagged : IntegrationEvent
{
    public required string Code { get; init; }

    public required string DocumentNumber { get; init; }

    public required string Reason { get; init; }
}
