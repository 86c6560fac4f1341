namespace RuleOfLaw.Decisions.Domain;

/// <summary>Where a major decision's procedure stands.</summary>
public enum DecisionStatus
{
    /// <summary>起草: hearing, experts and risk assessment happen from here until the legality review.</summary>
    Drafting,

    /// <summary>公开征求意见 (DEC-2).</summary>
    OpenForComment,

    /// <summary>The period ran out; every comment needs a published disposition before the procedure moves on.</summary>
    CommentClosed,

    /// <summary>合法性审查 by the legal office (DEC-6).</summary>
    UnderLegalityReview,

    /// <summary>The legal office concluded.</summary>
    Reviewed,

    /// <summary>提交集体讨论: on the agenda with a complete package (DEC-7).</summary>
    OnAgenda,

    /// <summary>决定 adopted (DEC-8), not yet published.</summary>
    Adopted,

    Rejected,

    /// <summary>公布 and archived (DEC-9); in execution.</summary>
    Published,

    /// <summary>中止执行 by the head (DEC-10).</summary>
    Suspended,

    /// <summary>停止执行 after evaluation (DEC-10).</summary>
    Stopped,
}
