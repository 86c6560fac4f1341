using System.Diagnostics;
using System.Text.Json;
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
/// Publishes committed outbox rows to RabbitMQ in batches: up to <see cref="OutboxOptions.BatchSize"/>
/// rows claimed in sequence order <c>FOR UPDATE SKIP LOCKED</c>, sent in that order on one channel with
/// their broker confirms pipelined (<see cref="EventPublisher.PublishAllAsync"/>), marked published in
/// one statement and copied to the replay feed (<see cref="FeedEvent"/>), in the same transaction.
/// Order (per record, and per service) is the channel's: a failed row stops every row claimed after it
/// until its retry (exponential backoff). Woken by <see cref="OutboxSignal"/> right after each commit
/// that wrote rows, and polls for the rest. One replica relays at a time (a transaction-scoped advisory
/// lock), which keeps the order across replicas; a replica that finds the lock taken tries again within
/// milliseconds rather than at the next poll.
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
            var began = Stopwatch.GetTimestamp();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var haveLock = await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"")
                .SingleAsync(ct);
            if (!haveLock)
            {
                // Another replica is relaying; try again shortly, so rows this replica committed meanwhile
                // do not wait for the next poll should the other pass have claimed its batch before them.
                return (0, Clock.GetUtcNow() + LockRetry);
            }

            var rows = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE published_at IS NULL AND dead_lettered_at IS NULL ORDER BY sequence LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED")
                .AsNoTracking()
                .ToListAsync(ct);

            // Only rows before the first one still waiting for its retry: nothing overtakes a failed row.
            var now = Clock.GetUtcNow();
            var due = rows.TakeWhile(r => r.NextAttemptAt <= now).ToList();
            DateTimeOffset? retryAt = due.Count < rows.Count ? rows[due.Count].NextAttemptAt : null;
            var claimed = Stopwatch.GetTimestamp();
            var (published, failed) = await PublishAsync(db, due, ct);
            if (failed is not null)
            {
                retryAt = failed;
            }

            var sent = Stopwatch.GetTimestamp();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            if (due.Count > 0)
            {
                logger.LogDebug("Relay pass of {Count} rows: lock and claim {Claim} ms, publish and mark {Publish} ms, feed and commit {Commit} ms",
                    due.Count, Stopwatch.GetElapsedTime(began, claimed).TotalMilliseconds, Stopwatch.GetElapsedTime(claimed, sent).TotalMilliseconds, Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }

            return (published, retryAt);
        }, cancellationToken);
    }

    /// <summary>
    /// Publishes the claimed rows in sequence order on one channel, with their confirms pipelined (one
    /// broker round trip for the batch), marks the confirmed ones in one statement and copies them to the
    /// replay feed. The broker routes a channel's messages in the order they were sent, so a row of a
    /// record can reach a queue only after the record's earlier rows did: when the connection fails,
    /// an unconfirmed row that did arrive is sent again (the inbox drops the copy). Failed rows wait for
    /// their retry, and nothing claimed after the first of them leaves before it does.
    /// Returns how many rows were published (or set aside) and, after a failure, when to retry.
    /// </summary>
    private async Task<(int Done, DateTimeOffset? RetryAt)> PublishAsync(TContext db, List<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return (0, null);
        }

        var settings = options.Value;
        var source = CloudEvent.SourceOf(configuration, names);
        // Feed positions in sequence order, in one round trip. A position is taken even for a row whose
        // publish then fails: sequences never hand a number out twice, so every later event still gets a
        // higher one (a gap in positions is not a lost event).
        var positions = await db.Database
            .SqlQueryRaw<long>("SELECT nextval('" + FeedEventConfiguration.PositionSequence + "') AS \"Value\" FROM generate_series(1, {0})", rows.Count)
            .ToListAsync(cancellationToken);
        positions.Sort();

        var batch = new List<Pending>(rows.Count);
        var done = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (ToCloudEvent(row, source, positions[i]) is not { } published)
            {
                var error = $"Unknown or unreadable message type {row.MessageType}";
                await db.OutboxMessages.Where(m => m.Sequence == row.Sequence)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.DeadLetteredAt, Clock.GetUtcNow()).SetProperty(m => m.LastError, error), cancellationToken);
                logger.LogError("Outbox row {Sequence} of type {MessageType} cannot be published and was set aside", row.Sequence, row.MessageType);
                done++;
                continue;
            }

            batch.Add(new Pending(row, published.Type, published.Event, published.UnitId));
        }

        if (batch.Count > 0)
        {
            var activities = new Activity?[batch.Count];
            var events = new CloudEvent[batch.Count];
            var ambient = Activity.Current;
            for (var i = 0; i < batch.Count; i++)
            {
                var pending = batch[i];
                ActivityContext.TryParse(pending.Row.TraceParent, null, out var parent);
                var activity = ActivitySource.StartActivity("outbox publish", ActivityKind.Producer, parent);
                activity?.SetTag("messaging.message.id", pending.Row.MessageId);
                activity?.SetTag("messaging.message.type", pending.Event.Type);
                activity?.SetTag("messaging.destination.name", EventTypes.Exchange);
                activities[i] = activity;
                events[i] = pending.Event with { TraceParent = activity?.Id ?? pending.Row.TraceParent };
                // Each event carries its own trace parent in its headers; none of them is the ambient activity
                // while the batch is sent (the broker client would copy that one into every message).
                Activity.Current = ambient;
            }

            IReadOnlyList<Exception?> outcomes;
            var sent = Stopwatch.GetTimestamp();
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(settings.PublishTimeout);
                try
                {
                    outcomes = await publisher.PublishAllAsync(events, timeout.Token);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // The broker could not be reached at all: the whole batch failed.
                    outcomes = [.. events.Select(_ => ex)];
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            logger.LogDebug("Published {Count} events; the broker confirmed them in {Elapsed} ms", batch.Count, Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            var publishedAt = Clock.GetUtcNow();
            var confirmed = new List<long>();
            var failed = new List<long>();
            Exception? firstError = null;
            var attempts = 0;
            for (var i = 0; i < batch.Count; i++)
            {
                var (row, type, cloudEvent, unitId) = batch[i];
                using var activity = activities[i];
                if (outcomes[i] is { } ex)
                {
                    activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
                    failed.Add(row.Sequence);
                    if (firstError is null)
                    {
                        firstError = ex;
                        attempts = row.Attempts + 1;
                    }

                    continue;
                }

                confirmed.Add(row.Sequence);
                db.EventFeed.Add(new FeedEvent
                {
                    Position = cloudEvent.Position,
                    EventId = row.MessageId,
                    Type = cloudEvent.Type,
                    UnitId = unitId,
                    RecordId = Guid.Parse(cloudEvent.Subject),
                    OccurredAt = row.OccurredAt,
                    Data = row.Body,
                    IsPublic = EventTypes.IsPublic(type),
                    TraceParent = row.TraceParent,
                    PublishedAt = publishedAt,
                });
            }

            // Every confirmed row marked in one statement; every failed one, in another, waits for one retry time.
            if (confirmed.Count > 0)
            {
                await db.OutboxMessages.Where(m => confirmed.Contains(m.Sequence))
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.PublishedAt, publishedAt).SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, (string?)null), cancellationToken);
                done += confirmed.Count;
            }

            if (firstError is null)
            {
                return (done, null);
            }

            var delay = settings.RetryDelay(attempts);
            var retryAt = publishedAt + delay;
            var error = firstError.Message.Length > 1000 ? firstError.Message[..1000] : firstError.Message;
            await db.OutboxMessages.Where(m => failed.Contains(m.Sequence))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.NextAttemptAt, retryAt).SetProperty(m => m.LastError, error), cancellationToken);
            logger.LogWarning(firstError, "Publishing {Failed} of {Count} outbox rows failed (first: row {Sequence}, attempt {Attempts}); retrying in {Delay}", failed.Count, batch.Count, failed[0], attempts, delay);
            return (done, retryAt);
        }

        return (done, null);
    }

    private readonly record struct Pending(OutboxMessage Row, Type Type, CloudEvent Event, string UnitId);

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

    /// <summary>
    /// What the relay publishes for a row at a feed position, the unit it concerns and its contract type; null when the row's type is
    /// not a contract of the Contracts assembly or its body is not such an event (a row that can never be published).
    /// </summary>
    private static (CloudEvent Event, string UnitId, Type Type)? ToCloudEvent(OutboxMessage row, string source, long position)
    {
        var type = typeof(IntegrationEvent).Assembly.GetType(row.MessageType, throwOnError: false);
        if (type is null || !type.IsAssignableTo(typeof(IntegrationEvent)) || type.IsAbstract)
        {
            return null;
        }

        try
        {
            using var body = JsonDocument.Parse(row.Body);
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("unitId", out var unit) || unit.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("recordId", out var record) || !record.TryGetGuid(out var recordId))
            {
                return null;
            }

            var cloudEvent = new CloudEvent(row.MessageId, EventTypes.NameOf(type), source, recordId.ToString(), row.OccurredAt, row.Body, position, row.TraceParent);
            return (cloudEvent, unit.GetString()!, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The advisory lock that lets one replica relay at a time, per database.</summary>
    private const long LockKey = 0x52_4F_4C_4F_55_54; // "ROLOUT"

    /// <summary>How soon a replica that found another relaying tries again.</summary>
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(20);
}
