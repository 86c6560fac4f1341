namespace RuleOfLaw.Appraisal.Domain;

/// <summary>Where a cycle stands (APP-3): live scores during the year, frozen at its end, then published.</summary>
public enum CycleStatus
{
    /// <summary>Scores are live and may be adjusted; units file their yearly reports (APP-4).</summary>
    Open,

    /// <summary>The year is over and the scores are frozen, ranked and judged; staff review them before publication.</summary>
    Frozen,

    /// <summary>The results are public; commended and failed units are notified.</summary>
    Published,
}
