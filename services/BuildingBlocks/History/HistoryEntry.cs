namespace RuleOfLaw.BuildingBlocks.History;

/// <summary>One state change of one record: who, when, from, to, why. Append-only.</summary>
public sealed class HistoryEntry
{
    public long Id { get; private set; }

    public required string RecordType { get; init; }

    public Guid RecordId { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    public string? From { get; init; }

    public required string To { get; init; }

    public string? Reason { get; init; }
}
