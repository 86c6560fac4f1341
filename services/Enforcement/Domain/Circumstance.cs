namespace RuleOfLaw.Enforcement.Domain;

/// <summary>The circumstance of a violation a discretion benchmark distinguishes (ENF-5).</summary>
public enum Circumstance
{
    /// <summary>轻微.</summary>
    Minor,

    /// <summary>一般.</summary>
    Ordinary,

    /// <summary>严重.</summary>
    Serious,
}
