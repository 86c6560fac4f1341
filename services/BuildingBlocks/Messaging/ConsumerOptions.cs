using MassTransit;

namespace RuleOfLaw.BuildingBlocks.Messaging;

/// <summary>
/// How each receive endpoint of a service takes messages (<c>Messaging:Consumers</c>): how many the
/// broker hands over ahead of time, and how many are handled at once. The work of a consumer is one
/// short database transaction, so a few at a time keep the database busy without queueing on its
/// connections; messages of one record are still handled one after the other (<see cref="RecordOf"/>).
/// </summary>
public sealed class ConsumerOptions
{
    /// <summary>Unacknowledged messages the broker delivers ahead (RabbitMQ's prefetch, per endpoint).</summary>
    public int PrefetchCount { get; set; } = 32;

    /// <summary>Messages handled at once per endpoint (and the number of record partitions).</summary>
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>The partition key: the record the event is about (CloudEvents <c>subject</c>), or the message itself.</summary>
    public static string RecordOf(ConsumeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Headers.Get<string>(CloudEvent.HeaderPrefix + "subject")
            ?? context.MessageId?.ToString()
            ?? "";
    }
}
