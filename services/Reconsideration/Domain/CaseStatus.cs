namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>Where a reconsideration case stands.</summary>
public enum CaseStatus
{
    /// <summary>申请 — received, awaiting acceptance (5 working days).</summary>
    Submitted,

    /// <summary>补正 — the organ asked once for all corrections; the applicant has 10 days.</summary>
    AwaitingCorrection,

    /// <summary>受理 — under review.</summary>
    Accepted,

    /// <summary>中止 — suspended; the decision clock is paused.</summary>
    Suspended,

    /// <summary>复议决定 — decided (or mediated).</summary>
    Decided,

    /// <summary>撤回 — withdrawn by the applicant, or settled (和解).</summary>
    Withdrawn,

    /// <summary>不予受理 — refused.</summary>
    Refused,

    /// <summary>视为放弃 — no correction within the 10 days.</summary>
    Abandoned,
}
