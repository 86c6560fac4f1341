namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>Where a state compensation claim stands, and how it was decided.</summary>
public enum CompensationStatus
{
    /// <summary>受理 — to be decided within 2 months.</summary>
    Registered,

    /// <summary>予以赔偿 — granted in full.</summary>
    Granted,

    /// <summary>部分赔偿 — granted in part.</summary>
    PartlyGranted,

    /// <summary>不予赔偿 — refused.</summary>
    Refused,
}
