namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>Where a normative document stands in its procedure. Only the drafting step exists so far.</summary>
public enum DocumentStatus
{
    /// <summary>起草 — registered by its issuing unit, not yet opened for comment or reviewed.</summary>
    Drafted,
}
