namespace RuleOfLaw.NormativeDocuments.Domain;

public enum FilingStatus
{
    /// <summary>Not published yet: nothing to file.</summary>
    NotDue,

    /// <summary>Published; the 15 days are running.</summary>
    Pending,

    FiledOnTime,

    /// <summary>Filed after day 15 (DOC-9: counts in appraisal).</summary>
    FiledLate,

    /// <summary>Not filed by day 15 (recorded late); filing is still possible.</summary>
    Missing,
}
