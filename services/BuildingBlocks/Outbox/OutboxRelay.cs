using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Feed;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Messaging;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.BuildingBlocks.Outbox;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ, in order, each confirmed by the broker before the
/// row is marked and copied to the replay feed (<see cref="FeedEvent"/>) at the next position, in
/// the same transaction. Woken by <see cref="OutboxSignal"/> after a commit, and polls for the rest. One
/// replica relays at a time (a transaction-scoped advisory lock), which keeps the order across
/// replicas; the rows themselves are claimed <c>FOR UPDATE SKIP LOCKED</c>. A failed publish stops
/// the batch, so nothing overtakes it, and is retried with exponential backoff.
/// </summary>
/// <remarks>
/// Written here because MassTransit's own transactional outbox for EF Core is not among the
/// packages this project may use; see docs/decisions/0002-own-outbox-and-inbox.md.
/// </remarks>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    EventPublisher publisher,
    ServiceNames names,
    Microsoft.Extensions.Configuration.IConfiguration configuration,
    OutboxSignal signal,
    SubscriberQueues subscriberQueues,
    IOptions<OutboxOptions> options,
    IOptions<FeedOptions> feedOptions,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    /// <summary>Relay timing is operational, not statutory: it always follows the real clock.</summary>
    private static readonly TimeProvider Clock = TimeProvider.System;

    internal static readonly ActivitySource ActivitySource = new("RuleOfLaw.Outbox");

    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RelayEnabled)
        {
            logger.LogWarning("Outbox relay is disabled: events stay in the outbox until a relay runs");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                // Nothing is published before every subscriber's queue exists, so no event is dropped unrouted.
                await publisher.DeclareAsync(stoppingToken);
                await subscriberQueues.DeclareAsync(stoppingToken);
                wait = await RelayAsync(stoppingToken);
                await PurgeIfDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox relay pass failed");
                wait = settings.FirstRetryDelay;
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Publishes everything publishable now; returns how long to wait before the next pass.</summary>
    private async Task<TimeSpan> RelayAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        while (true)
        {
            var (published, retryAt) = await RelayBatchAsync(cancellationToken);
            if (retryAt is { } at)
            {
                var delay = at - Clock.GetUtcNow();
                return delay < settings.PollInterval ? (delay > TimeSpan.Zero ? delay : TimeSpan.FromMilliseconds(50)) : settings.PollInterval;
            }

            if (published < settings.BatchSize)
            {
                return settings.PollInterval;
            }
        }
    }

    private async Task<(int Published, DateTimeOffset? RetryAt)> RelayBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var haveLock = await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"")
                .SingleAsync(ct);
            if (!haveLock)
            {
                return (0, (DateTimeOffset?)null);
            }

            var rows = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE published_at IS NULL AND dead_lettered_at IS NULL ORDER BY sequence LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);

            var published = 0;
            DateTimeOffset? retryAt = null;
            foreach (var row in rows)
            {
                var now = Clock.GetUtcNow();
                if (row.NextAttemptAt > now)
                {
                    retryAt = row.NextAttemptAt;
                    break;
                }

                if (!await TryPublishAsync(db, row, ct))
                {
                    retryAt = row.NextAttemptAt;
                    break;
                }

                published++;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (published, retryAt);
        }, cancellationToken);
    }

    private async Task<bool> TryPublishAsync(TContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var type = OutboxSerializer.TypeOf(row);
        // A position is taken even for a publish that then fails: sequences never hand a number out
        // twice, so every later event still gets a higher one (a gap in positions is not a lost event).
        var position = type is null ? 0 : await db.Database
            .SqlQueryRaw<long>("SELECT nextval('" + FeedEventConfiguration.PositionSequence + "') AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (type is null || OutboxSerializer.ToCloudEvent(row, type, CloudEvent.SourceOf(configuration, names), position) is not { } published)
        {
            row.DeadLetteredAt = Clock.GetUtcNow();
            row.LastError = $"Unknown or unreadable message type {row.MessageType}";
            logger.LogError("Outbox row {Sequence} of type {MessageType} cannot be published and was set aside", row.Sequence, row.MessageType);
            return true;
        }

        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = ActivitySource.StartActivity("outbox publish", ActivityKind.Producer, parent);
        var cloudEvent = published.Event with { TraceParent = activity?.Id ?? row.TraceParent };
        activity?.SetTag("messaging.message.id", row.MessageId);
        activity?.SetTag("messaging.message.type", cloudEvent.Type);
        activity?.SetTag("messaging.destination.name", EventTypes.Exchange);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.PublishTimeout);
        try
        {
            row.Attempts++;
            await publisher.PublishAsync(cloudEvent, timeout.Token);
            row.PublishedAt = Clock.GetUtcNow();
            row.LastError = null;
            db.EventFeed.Add(new FeedEvent
            {
                Position = position,
                EventId = row.MessageId,
                Type = cloudEvent.Type,
                UnitId = published.UnitId,
                RecordId = Guid.Parse(cloudEvent.Subject),
                OccurredAt = row.OccurredAt,
                Data = row.Body,
                IsPublic = EventTypes.IsPublic(type),
                TraceParent = row.TraceParent,
                PublishedAt = row.PublishedAt.Value,
            });
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var delay = settings.RetryDelay(row.Attempts);
            row.NextAttemptAt = Clock.GetUtcNow() + delay;
            row.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            logger.LogWarning(ex, "Publishing outbox row {Sequence} ({MessageType}) failed, attempt {Attempts}; retrying in {Delay}", row.Sequence, row.MessageType, row.Attempts, delay);
            return false;
        }
    }

    private async Task PurgeIfDueAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + options.Value.PurgeInterval;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = now - options.Value.Retention;
        var purged = await db.OutboxMessages.Where(m => m.PublishedAt != null && m.PublishedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation("Purged {Count} published outbox rows older than {Cutoff}", purged, cutoff);
        }

        // The replay feed keeps events longer than the outbox (docs/events.md, "Catching up").
        var feedCutoff = now - feedOptions.Value.Retention;
        await db.EventFeed.Where(e => e.PublishedAt < feedCutoff).ExecuteDeleteAsync(cancellationToken);

        // Idempotency keys answer retries for a day; the same periodic pass forgets older ones.
        var keyCutoff = now - TimeSpan.FromDays(1);
        await db.Set<Idempotency.IdempotencyRecord>().Where(r => r.CreatedAt < keyCutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The advisory lock that lets one replica relay at a time, per database.</summary>
    private const long LockKey = 0x52_4F_4C_4F_55_54; // "ROLOUT"
}
