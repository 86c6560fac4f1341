namespace RuleOfLaw.BuildingBlocks.Domain;

/// <summary>
/// A rule of the rulebook: its ID, legal basis and name (Chinese, as the rulebook's users read it, and
/// English), checked next to the aggregate it guards. A refusal's problem details are titled with the name
/// and told the reason in the client's language (decision 0018).
/// </summary>
/// <remarks>
/// A refusal's reason is written beside the check in both languages, Chinese first, as
/// <c>ProblemLanguage.Text(zh, en)</c> is: there is no way to refuse with one language only. Values in the
/// reasons are formatted by the request's formatting culture, which is invariant; dates as <c>yyyy-MM-dd</c>.
/// </remarks>
public sealed record Rule(string Id, string Basis, string Name, string EnglishName)
{
    /// <summary>
    /// Throws a <see cref="RuleViolationException"/> naming this rule unless <paramref name="condition"/> holds;
    /// its reason is <paramref name="chinese"/> or <paramref name="english"/>, as the client reads.
    /// </summary>
    public void Require(bool condition, string chinese, string english)
    {
        if (!condition)
        {
            throw Violation(chinese, english);
        }
    }

    /// <summary>The exception that refuses a change under this rule, for a caller that throws it itself.</summary>
    public RuleViolationException Violation(string chinese, string english) => new(this, chinese, english);
}
