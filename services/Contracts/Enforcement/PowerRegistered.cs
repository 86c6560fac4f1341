namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>
/// 权责清单 — a version of a unit's enforcement power with its legal basis, effective from
/// <see cref="EffectiveFrom"/> (ENF-1). A basis is a law's text or a normative document's number.
/// </summary>
[PublicEvent]
public sealed record PowerRegistered : IntegrationEvent
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required int Version { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public string? LawBasis { get; init; }

    public string? DocumentNumber { get; init; }
}
