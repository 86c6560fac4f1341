namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>Where a petition (信访事项) stands.</summary>
public enum PetitionStatus
{
    /// <summary>登记 — received; to be routed within 15 days.</summary>
    Registered,

    /// <summary>转送交办 — routed to the competent unit; to be finished within 60 days (+30 once).</summary>
    Routed,

    /// <summary>导入法定途径 — belongs in reconsideration or court: redirected there, with the route named.</summary>
    Redirected,

    /// <summary>办结 — answered.</summary>
    Finished,
}
