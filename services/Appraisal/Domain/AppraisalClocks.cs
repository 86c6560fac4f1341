namespace RuleOfLaw.Appraisal.Domain;

/// <summary>The kinds of statutory clock this service runs; the sweeper fires them on their own.</summary>
public static class AppraisalClocks
{
    public const string RecordType = nameof(Rectification);

    /// <summary>APP-3: a failed unit reports its rectification by the deadline, or it is flagged overdue.</summary>
    public const string Rectification = "rectification";
}
