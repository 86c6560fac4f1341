namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>Where a normative document stands. Force on a date is derived from the dates, never stored (DOC-5, DOC-7).</summary>
public enum DocumentStatus
{
    /// <summary>起草.</summary>
    Drafted,

    /// <summary>公开征求意见 (DOC-2).</summary>
    OpenForComment,

    /// <summary>征求意见结束: every comment still needs a disposition before review.</summary>
    CommentClosed,

    /// <summary>合法性审核 by the legal office (DOC-3).</summary>
    UnderLegalityReview,

    /// <summary>The legal office concluded; lawful drafts may go to the meeting.</summary>
    Reviewed,

    /// <summary>集体讨论 adopted it (DOC-4); not yet published, so not in force.</summary>
    Adopted,

    /// <summary>集体讨论 rejected it.</summary>
    Rejected,

    /// <summary>统一登记、编号、公布 (DOC-5, DOC-6).</summary>
    Published,

    /// <summary>Left force at its expiry date (DOC-7).</summary>
    Expired,

    /// <summary>废止 after cleanup (DOC-8).</summary>
    Repealed,

    /// <summary>撤销 after filing review (DOC-10).</summary>
    Revoked,
}
