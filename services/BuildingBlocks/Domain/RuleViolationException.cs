namespace RuleOfLaw.BuildingBlocks.Domain;

/// <summary>
/// A rule of the rulebook refused a change. Answered as 409 problem details carrying
/// <see cref="RuleId"/> and <see cref="Basis"/>, titled with the rule's name, so a client can show which rule and why.
/// </summary>
public sealed class RuleViolationException(Rule rule, string message) : Exception(message)
{
    /// <summary>The rule that refused.</summary>
    public Rule Rule { get; } = rule;

    /// <summary>The rule's ID in the rulebook, e.g. "DOC-9".</summary>
    public string RuleId => Rule.Id;

    /// <summary>The legal basis, e.g. "plan §三(三)2".</summary>
    public string Basis => Rule.Basis;
}
