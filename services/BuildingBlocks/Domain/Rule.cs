namespace RuleOfLaw.BuildingBlocks.Domain;

/// <summary>
/// A rule of the rulebook: its ID, legal basis and name (Chinese, as the rulebook's users read it, and
/// English), checked next to the aggregate it guards. A refusal's problem details are titled with the name
/// in the client's language (decision 0018).
/// </summary>
public sealed record Rule(string Id, string Basis, string Name, string EnglishName)
{
    /// <summary>Throws a <see cref="RuleViolationException"/> naming this rule unless <paramref name="condition"/> holds.</summary>
    public void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Violation(message);
        }
    }

    /// <summary>The exception that refuses a change under this rule, for a caller that throws it itself.</summary>
    public RuleViolationException Violation(string message) => new(this, message);
}
