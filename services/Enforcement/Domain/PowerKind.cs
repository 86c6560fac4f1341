namespace RuleOfLaw.Enforcement.Domain;

/// <summary>The kinds of enforcement power in a unit's list (权责清单).</summary>
public enum PowerKind
{
    /// <summary>行政处罚.</summary>
    Penalty,

    /// <summary>行政许可.</summary>
    Licence,

    /// <summary>行政强制.</summary>
    Coercion,

    /// <summary>行政检查.</summary>
    Inspection,
}
