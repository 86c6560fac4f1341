namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// One version of a power's entry: its legal basis, effective from a day (ENF-1). The basis is a
/// law's text, or a normative document by its number (and clause), or both.
/// </summary>
public sealed class PowerVersion
{
    public int Number { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The law's article, e.g. "《食品安全法》第一百二十二条".</summary>
    public string? LawBasis { get; init; }

    /// <summary>A normative document's number, e.g. 南市监规〔2026〕2号.</summary>
    public string? DocumentNumber { get; init; }

    public string? DocumentClause { get; init; }

    public string Reason { get; init; } = "";

    public DateTimeOffset RecordedAt { get; init; }
}
