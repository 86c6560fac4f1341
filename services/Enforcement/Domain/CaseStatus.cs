namespace RuleOfLaw.Enforcement.Domain;

/// <summary>The steps of an enforcement case in their order (ENF-4).</summary>
public enum CaseStatus
{
    /// <summary>立案.</summary>
    Opened,

    /// <summary>调查取证 — evidence is being recorded.</summary>
    Investigating,

    /// <summary>告知 — the party was told the facts, reasons, proposed penalty and rights.</summary>
    Notified,

    HearingRequested,

    HearingScheduled,

    HearingHeld,

    /// <summary>法制审核 concluded.</summary>
    Reviewed,

    /// <summary>作出决定.</summary>
    Decided,

    /// <summary>送达.</summary>
    Served,

    /// <summary>执行.</summary>
    Executed,

    /// <summary>结案.</summary>
    Closed,

    /// <summary>归档.</summary>
    Archived,
}
