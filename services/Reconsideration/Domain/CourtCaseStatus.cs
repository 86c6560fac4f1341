namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>Where a court case against a unit stands.</summary>
public enum CourtCaseStatus
{
    /// <summary>应诉登记 — served; the defence is due within 15 days.</summary>
    Registered,

    /// <summary>已答辩 — defence and evidence filed.</summary>
    Defended,

    /// <summary>已判决 — judged (or withdrawn).</summary>
    Judged,
}
