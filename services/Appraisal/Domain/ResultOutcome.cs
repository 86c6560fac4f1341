namespace RuleOfLaw.Appraisal.Domain;

/// <summary>What a unit's frozen total means (APP-3).</summary>
public enum ResultOutcome
{
    /// <summary>At or above the cycle's commendation threshold: 表彰.</summary>
    Commended,

    /// <summary>At or above the pass mark.</summary>
    Passed,

    /// <summary>Under the pass mark: 通报, 责令限期整改.</summary>
    Failed,
}
