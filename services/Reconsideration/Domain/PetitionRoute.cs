namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>The statutory route a petition is redirected to (REC-11: 诉访分离).</summary>
public enum PetitionRoute
{
    /// <summary>行政复议.</summary>
    Reconsideration,

    /// <summary>行政诉讼.</summary>
    Litigation,
}
