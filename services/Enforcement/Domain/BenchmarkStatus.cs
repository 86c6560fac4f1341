namespace RuleOfLaw.Enforcement.Domain;

public enum BenchmarkStatus
{
    Draft,

    /// <summary>Published: usable for decisions from its effective day (ENF-5).</summary>
    Published,
}
