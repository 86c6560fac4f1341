namespace RuleOfLaw.BuildingBlocks.Outbox;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the state
/// change that produced it. <see cref="Sequence"/> gives the publication order.
/// </summary>
public sealed class OutboxMessage
{
    public long Sequence { get; private set; }

    /// <summary>The event id; becomes the message id on the bus so consumers can deduplicate.</summary>
    public Guid MessageId { get; init; }

    /// <summary>Full name of the contract type (in RuleOfLaw.Contracts).</summary>
    public required string MessageType { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>W3C trace parent of the request that wrote it, so the trace continues across the bus.</summary>
    public string? TraceParent { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set when the row can never be published (its type no longer exists); it then stops blocking the rest.</summary>
    public DateTimeOffset? DeadLetteredAt { get; set; }
}
