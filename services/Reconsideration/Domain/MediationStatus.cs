namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>Where an administrative mediation case stands.</summary>
public enum MediationStatus
{
    /// <summary>受理调解 — registered, mediation under way.</summary>
    Registered,

    /// <summary>达成调解协议 — the parties agreed.</summary>
    AgreementReached,

    /// <summary>调解不成 — no agreement.</summary>
    Failed,
}
