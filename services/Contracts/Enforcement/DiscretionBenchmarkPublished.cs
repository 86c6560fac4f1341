namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>裁量基准 — a penalty item's ranges per circumstance were published, usable from <see cref="EffectiveFrom"/> (ENF-5).</summary>
[PublicEvent]
public sealed record DiscretionBenchmarkPublished : IntegrationEvent
{
    public required string PowerCode { get; init; }

    public required DateOnly EffectiveFrom { get; init; }
}
