namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>How a court ended a case against a unit (REC-10).</summary>
public enum Judgment
{
    /// <summary>维持 — the act upheld.</summary>
    Upheld,

    /// <summary>撤销 — the act revoked: lost.</summary>
    Revoked,

    /// <summary>责令履行 — the unit ordered to act: lost.</summary>
    PerformanceOrdered,

    /// <summary>确认违法 — the act confirmed unlawful: lost.</summary>
    ConfirmedUnlawful,

    /// <summary>驳回诉讼请求 — the claim dismissed.</summary>
    Dismissed,

    /// <summary>和解撤诉 — settled or withdrawn.</summary>
    Withdrawn,
}
