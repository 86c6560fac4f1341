using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Inbox;

/// <summary>
/// A consumer whose effect happens once per message: the handler only changes the DbContext, and
/// the base class saves those changes together with the inbox row (message id, consumer) in one
/// transaction. A redelivered message finds its row and does nothing; two deliveries racing end
/// with one commit and one unique-key violation, which is treated as "already handled". Consumers
/// take several messages at once (<see cref="Messaging.ConsumerOptions"/>), so such races are expected
/// between replicas and after a broker's redelivery. Any other
/// failure propagates, so MassTransit retries and then moves the message to the error queue.
/// </summary>
public abstract class InboxConsumer<TMessage>(ServiceDbContext db, TimeProvider time, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
{
    protected ServiceDbContext Db => db;

    protected TimeProvider Time => time;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().FullName!;
        if (await db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken))
        {
            logger.LogInformation("{Consumer} already handled message {MessageId}; redelivery ignored", consumer, messageId);
            return;
        }

        await HandleAsync(context);
        db.InboxMessages.Add(new InboxMessage
        {
            MessageId = messageId,
            Consumer = consumer,
            MessageType = typeof(TMessage).FullName!,
            ProcessedAt = time.GetUtcNow(),
        });

        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The effect's own rows may collide before the inbox row does (e.g. a key taken from the event):
            // either way a concurrent delivery committed first when its inbox row is there.
            if (ex.InnerException is not PostgresException { TableName: "inbox_messages" } && !await HandledAsync(messageId, consumer))
            {
                throw;
            }

            logger.LogInformation("{Consumer} lost a race for message {MessageId} to a concurrent delivery; its effect is already committed", consumer, messageId);
        }
    }

    private Task<bool> HandledAsync(Guid messageId, string consumer) =>
        db.InboxMessages.AsNoTracking().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer);

    /// <summary>Applies the message to the DbContext. Do not call SaveChanges: the base class does, with the inbox row.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context);
}
