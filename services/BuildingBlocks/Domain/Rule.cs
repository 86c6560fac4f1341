namespace RuleOfLaw.BuildingBlocks.Domain;

/// <summary>A rule of the rulebook: its ID and legal basis, checked next to the aggregate it guards.</summary>
public sealed record Rule(string Id, string Basis)
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
    public RuleViolationException Violation(string message) => new(Id, Basis, message);
}
