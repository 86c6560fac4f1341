namespace RuleOfLaw.Enforcement.Domain;

public enum ReviewStatus
{
    /// <summary>The sample is drawn; the legal office scores it.</summary>
    Scoring,

    /// <summary>Scores per unit are public.</summary>
    Published,
}
