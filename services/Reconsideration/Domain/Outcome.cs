namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>REC-6: what a reconsideration decides (复议法 Arts 63–72, 73–74).</summary>
public enum Outcome
{
    /// <summary>变更 — never worse for the applicant.</summary>
    Varied,

    /// <summary>撤销.</summary>
    Revoked,

    /// <summary>确认违法.</summary>
    ConfirmedUnlawful,

    /// <summary>责令履行 — the act contested is a failure to act.</summary>
    PerformanceOrdered,

    /// <summary>确认无效.</summary>
    ConfirmedVoid,

    /// <summary>维持.</summary>
    Upheld,

    /// <summary>驳回复议请求 — the act contested is a failure to act.</summary>
    Rejected,

    /// <summary>调解 — the mediation agreement was signed.</summary>
    Mediated,

    /// <summary>撤回 — withdrawn, or settled (和解).</summary>
    Withdrawn,
}
