namespace RuleOfLaw.BuildingBlocks.Domain;

/// <summary>
/// A rule of the rulebook refused a change. Answered as 409 problem details carrying
/// <see cref="RuleId"/> and <see cref="Basis"/>, titled with the rule's name and told the reason in the client's
/// language, so a client can show which rule and why. <see cref="Exception.Message"/> is the English reason (logs).
/// </summary>
public sealed class RuleViolationException(Rule rule, string chinese, string english) : Exception(english)
{
    /// <summary>The rule that refused.</summary>
    public Rule Rule { get; } = rule;

    /// <summary>The rule's ID in the rulebook, e.g. "DOC-9".</summary>
    public string RuleId => Rule.Id;

    /// <summary>The legal basis, e.g. "plan §三(三)2".</summary>
    public string Basis => Rule.Basis;

    /// <summary>The reason in Chinese, as a client reads it by default.</summary>
    public string Chinese { get; } = chinese;

    /// <summary>The reason in English, as a client reads it on <c>Accept-Language: en</c>.</summary>
    public string English => Message;
}
