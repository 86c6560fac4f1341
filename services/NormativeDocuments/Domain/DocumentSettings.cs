namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>District settings (local practice, not national law), from configuration section <c>NormativeDocuments</c>.</summary>
public sealed class DocumentSettings
{
    /// <summary>DOC-2: minimum comment period in working days for a document affecting rights.</summary>
    public int CommentWorkingDays { get; set; } = 7;

    /// <summary>DOC-2: minimum comment period in days for a document closely tied to market activity.</summary>
    public int MarketCommentDays { get; set; } = 30;

    /// <summary>DOC-3: working days the legal office has for its review (district setting: 5–15).</summary>
    public int LegalityReviewWorkingDays { get; set; } = 10;

    /// <summary>DOC-7: longest validity in years, and for a provisional (暂行/试行) document.</summary>
    public int MaxValidityYears { get; set; } = 5;

    public int MaxProvisionalValidityYears { get; set; } = 2;

    /// <summary>DOC-7: the unit is warned this many months before expiry.</summary>
    public int ExpiryWarningMonths { get; set; } = 6;

    /// <summary>DOC-9: days after publication for filing with the supervising body.</summary>
    public int FilingDays { get; set; } = 15;

    /// <summary>DOC-13: days to answer an objection.</summary>
    public int ObjectionAnswerDays { get; set; } = 30;
}
