namespace RuleOfLaw.Enforcement.Domain;

/// <summary>One circumstance's range of a discretion benchmark, in yuan (ENF-5).</summary>
public sealed class BenchmarkRange
{
    public Circumstance Circumstance { get; init; }

    public decimal MinAmount { get; init; }

    public decimal MaxAmount { get; init; }

    /// <summary>What the circumstance covers, e.g. "首次违法、及时改正".</summary>
    public string Description { get; init; } = "";
}
