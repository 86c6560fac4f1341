namespace RuleOfLaw.Enforcement.Domain;

/// <summary>Who the party of a case is: the on-the-spot limits differ (ENF-7).</summary>
public enum PartyKind
{
    Individual,
    Organisation,
}
