using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>Decisions driven in memory for the aggregates' unit tests: no host, no database, no bus.</summary>
internal static class DomainFixtures
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    /// <summary>A decision of <paramref name="kind"/> taken through <paramref name="steps"/> (the state-graph's moves, by name).</summary>
    public static DecisionRun Run(DecisionKind kind, params string[] steps)
    {
        var run = new DecisionRun(kind, Start);
        foreach (var step in steps)
        {
            DecisionRun.Moves.Single(m => m.Name == step).Apply(run);
        }

        return run;
    }

    /// <summary>Open for comment, the period run out, the dispositions published: ready for the legality review.</summary>
    public static readonly string[] Consulted = ["open comment", "comment period runs out", "publish dispositions"];

    /// <summary>Consulted, found lawful, on the agenda and adopted by the meeting.</summary>
    public static readonly string[] Adopted = [.. Consulted, "submit for legality review", "found lawful", "put on agenda", "meeting adopts"];

    public static void Refused(string ruleId, Action action) => Assert.Equal(ruleId, Assert.Throws<RuleViolationException>(action).RuleId);
}
