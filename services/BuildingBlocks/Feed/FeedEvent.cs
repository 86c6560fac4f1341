namespace RuleOfLaw.BuildingBlocks.Feed;

/// <summary>
/// An event as the relay published it, kept for the replay feed (<c>GET {service}/events</c>) longer
/// than the outbox keeps its rows. <see cref="Position"/> is taken by the relay in the transaction
/// that publishes, and only one relay per database runs at a time, so positions become visible in
/// increasing order: a reader that has seen position n never later finds a new event below n.
/// </summary>
public sealed class FeedEvent
{
    public long Position { get; init; }

    public Guid EventId { get; init; }

    /// <summary>The event type, e.g. <c>ruleoflaw.normative-documents.document-published</c>.</summary>
    public required string Type { get; init; }

    public required string UnitId { get; init; }

    public Guid RecordId { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The body published on the bus, byte for byte.</summary>
    public required string Data { get; init; }

    /// <summary>Whether the portal may read it (<see cref="Contracts.PublicEventAttribute"/>).</summary>
    public bool IsPublic { get; init; }

    public string? TraceParent { get; init; }

    public DateTimeOffset PublishedAt { get; init; }
}
