namespace RuleOfLaw.Decisions.Domain;

/// <summary>决策档案 (DEC-9): the full record of a decision as it stood when published; never changed afterwards.</summary>
public sealed class DecisionArchive
{
    public Guid DecisionId { get; init; }

    public required string UnitId { get; init; }

    public DateTimeOffset ArchivedAt { get; init; }

    /// <summary>The whole record as JSON: the decision with every comment and its disposition, hearing, opinions, review and minutes.</summary>
    public required string Content { get; init; }
}
