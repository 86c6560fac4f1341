namespace RuleOfLaw.Enforcement.Domain;

/// <summary>Where a normative document stands, as this service learnt it from the documents service's events.</summary>
public enum DocumentStanding
{
    /// <summary>Published, not yet in force.</summary>
    Published,

    InForce,

    /// <summary>Expired, repealed or revoked.</summary>
    LeftForce,
}
