namespace RuleOfLaw.BuildingBlocks.Inbox;

/// <summary>A message a consumer has handled, recorded in the consumer's own transaction.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public required string Consumer { get; init; }

    public required string MessageType { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
