namespace RuleOfLaw.Appraisal.Domain;

/// <summary>Where a failed unit's rectification stands (APP-3).</summary>
public enum RectificationStatus
{
    /// <summary>Ordered with the publication of the results; the clock runs.</summary>
    Ordered,

    /// <summary>The unit reported its rectification; the appraisal administrator checks it.</summary>
    Reported,

    /// <summary>The administrator found the rectification done.</summary>
    Completed,
}
