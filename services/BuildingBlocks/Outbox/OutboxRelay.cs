using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RuleOfLaw.BuildingBlocks.Feed;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Messaging;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.BuildingBlocks.Outbox;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ. A relay session is one transaction that holds the relay
/// lock: it claims pending rows in sequence order <c>FOR UPDATE SKIP LOCKED</c> (with their feed positions,
/// in the same statement) and sends them on one channel without waiting for their confirms
/// (<see cref="EventPublisher.SendAllAsync"/>); rows committed while those confirms are outstanding are
/// claimed and sent at once, behind them. When every confirm is in, the session marks the rows published
/// and copies them to the replay feed (<see cref="FeedEvent"/>) in one round trip, and commits.
/// Order (per record, and per service) is the channel's: after a failed row the session takes no new rows,
/// and the next one waits for its retry (exponential backoff), so nothing claimed later overtakes it.
/// Woken by <see cref="OutboxSignal"/> right after each commit that wrote rows, and polls for the rest.
/// One replica relays at a time (a transaction-scoped advisory lock), which keeps the order across
/// replicas; a replica that finds the lock taken tries again within milliseconds rather than at the next poll.
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
            var (full, retryAt) = await RelaySessionAsync(cancellationToken);
            if (retryAt is { } at)
            {
                var delay = at - Clock.GetUtcNow();
                return delay < settings.PollInterval ? (delay > TimeSpan.Zero ? delay : TimeSpan.FromMilliseconds(50)) : settings.PollInterval;
            }

            if (!full)
            {
                return settings.PollInterval;
            }
        }
    }

    /// <summary>
    /// One relay transaction. It holds the relay lock and sends rounds of rows: the first at once, each next
    /// one as soon as a commit signals new rows, without waiting for the confirms of the rounds in flight,
    /// so an event committed while others wait for the broker leaves within a database round trip. When
    /// every round is answered (and nothing new was signalled), or the session reached its limits, the
    /// outcomes are written in one batch of statements and the transaction commits.
    /// Returns whether the session stopped at its size limit (more rows may be waiting) and, after a failure
    /// or at a row waiting for its retry, when to try again.
    /// </summary>
    private async Task<(bool Full, DateTimeOffset? RetryAt)> RelaySessionAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            var began = Stopwatch.GetTimestamp();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var session = new RelaySession(
                (NpgsqlConnection)db.Database.GetDbConnection(),
                (NpgsqlTransaction)transaction.GetDbTransaction(),
                CloudEvent.SourceOf(configuration, names));
            DateTimeOffset? retryAt = null;
            var full = false;
            var rounds = new Queue<Round>();
            var claimNext = true;
            try
            {
                while (true)
                {
                    if (claimNext)
                    {
                        claimNext = false;
                        var claim = await ClaimAsync(session, ct);
                        if (!claim.Locked)
                        {
                            // Another replica is relaying; try again shortly, so rows this replica committed meanwhile
                            // do not wait for the next poll should the other pass have claimed its batch before them.
                            return (false, Clock.GetUtcNow() + LockRetry);
                        }

                        retryAt = claim.WaitingUntil;
                        if (claim.Rows.Count > 0)
                        {
                            rounds.Enqueue(await SendAsync(session, claim.Rows, ct));
                        }

                        full = session.Claimed.Count >= settings.BatchSize;
                    }

                    // New rows may join while nothing has failed, no row waits for a retry, and the session is young and small.
                    var left = SessionLength - Stopwatch.GetElapsedTime(began);
                    var mayClaim = retryAt is null && !full && !session.Failed && left > TimeSpan.Zero;
                    if (rounds.Count == 0)
                    {
                        // Everything sent is answered. A session that sent something lingers a moment for the next
                        // commit, which then leaves at once instead of after this session's commit and the next one's start.
                        if (mayClaim && session.Claimed.Count > 0 && await signal.WaitAsync(left < Linger ? left : Linger, ct))
                        {
                            claimNext = true;
                            continue;
                        }

                        break;
                    }

                    if (mayClaim && await signal.WaitAsync(TimeSpan.Zero, ct))
                    {
                        claimNext = true;
                        continue;
                    }

                    var head = rounds.Peek();
                    if (mayClaim)
                    {
                        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(ct);
                        var signalled = signal.WaitAsync(Timeout.InfiniteTimeSpan, stopWaiting.Token);
                        await Task.WhenAny(head.Outcomes, signalled);
                        await stopWaiting.CancelAsync();
                        claimNext = await signalled.ContinueWith(t => t.IsCompletedSuccessfully && t.Result, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                        if (!head.Outcomes.IsCompleted)
                        {
                            continue;
                        }
                    }

                    rounds.Dequeue();
                    if (Settle(session, head, await head.Outcomes) is { } failedAt && (retryAt is null || failedAt < retryAt))
                    {
                        retryAt = failedAt;
                    }
                }

                var settled = Stopwatch.GetTimestamp();
                await WriteOutcomesAsync(session, ct);
                await transaction.CommitAsync(ct);
                if (session.Claimed.Count > 0)
                {
                    logger.LogDebug("Relay session of {Count} rows in {Rounds} rounds: open (sending, confirms, lingering) {Open} ms, outcomes and commit {Commit} ms",
                        session.Claimed.Count, session.Rounds, Stopwatch.GetElapsedTime(began, settled).TotalMilliseconds, Stopwatch.GetElapsedTime(settled).TotalMilliseconds);
                }

                return (full && retryAt is null, retryAt);
            }
            finally
            {
                // A session that ends early (a database error, shutdown) still lets every round's confirms finish,
                // so their activities close; the rows stay unpublished and are sent again (the inbox drops copies).
                foreach (var round in rounds)
                {
                    await round.Outcomes.ContinueWith(_ => round.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Takes the relay lock (again: it is held to the end of the transaction) and claims, in one statement,
    /// the next pending rows in sequence order that this session has not claimed yet, each with its feed
    /// position. Rows from the first one still waiting for its retry on are left: nothing overtakes a failed row.
    /// </summary>
    private async Task<Claim> ClaimAsync(RelaySession session, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ClaimSql, session.Connection, session.Transaction);
        command.Parameters.Add(new NpgsqlParameter<long>("key", LockKey));
        command.Parameters.Add(new NpgsqlParameter<long[]>("claimed", [.. session.Claimed]));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", options.Value.BatchSize - session.Claimed.Count));
        var rows = new List<ClaimedRow>();
        var locked = false;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                locked = reader.GetBoolean(0);
                if (reader.IsDBNull(1))
                {
                    continue;
                }

                rows.Add(new ClaimedRow(
                    reader.GetInt64(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4),
                    reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.GetInt32(7), reader.GetFieldValue<DateTimeOffset>(8), reader.GetInt64(9)));
            }
        }

        // Positions in sequence order (the statement may take them in any order): a reader of the feed sees them rise.
        var positions = rows.Select(r => r.Position).Order().ToArray();
        rows = [.. rows.Select((r, i) => r with { Position = positions[i] })];
        var now = Clock.GetUtcNow();
        var due = rows.TakeWhile(r => r.NextAttemptAt <= now).ToList();
        DateTimeOffset? waitingUntil = due.Count < rows.Count ? rows[due.Count].NextAttemptAt : null;
        foreach (var row in rows)
        {
            session.Claimed.Add(row.Sequence);
        }

        return new Claim(locked, due, waitingUntil);
    }

    /// <summary>Sends one round of claimed rows as CloudEvents, each with its own producer activity; a row that can never be published is set aside.</summary>
    private async Task<Round> SendAsync(RelaySession session, List<ClaimedRow> rows, CancellationToken cancellationToken)
    {
        var pending = new List<Pending>(rows.Count);
        var unreadable = new List<ClaimedRow>();
        var ambient = Activity.Current;
        foreach (var row in rows)
        {
            if (ToCloudEvent(row, session.Source) is not { } published)
            {
                unreadable.Add(row);
                continue;
            }

            ActivityContext.TryParse(row.TraceParent, null, out var parent);
            var activity = ActivitySource.StartActivity("outbox publish", ActivityKind.Producer, parent);
            activity?.SetTag("messaging.message.id", row.MessageId);
            activity?.SetTag("messaging.message.type", published.Event.Type);
            activity?.SetTag("messaging.destination.name", EventTypes.Exchange);
            pending.Add(new Pending(row, published.Type, published.Event with { TraceParent = activity?.Id ?? row.TraceParent }, published.UnitId, activity));
            // Each event carries its own trace parent in its headers; none of them is the ambient activity
            // while the round is sent (the broker client would copy that one into every message).
            Activity.Current = ambient;
        }

        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        Task<IReadOnlyList<Exception?>> outcomes;
        try
        {
            outcomes = await publisher.SendAllAsync([.. pending.Select(p => p.Event)], timeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The broker could not be reached at all: the whole round failed.
            outcomes = Task.FromResult<IReadOnlyList<Exception?>>([.. pending.Select(_ => ex)]);
        }

        return new Round(pending, unreadable, outcomes, timeout);
    }

    /// <summary>Records a round's answers on the session; returns when to retry when any of its rows failed.</summary>
    private DateTimeOffset? Settle(RelaySession session, Round round, IReadOnlyList<Exception?> outcomes)
    {
        using var _ = round;
        session.Rounds++;
        var at = Clock.GetUtcNow();
        foreach (var row in round.Unreadable)
        {
            session.SetAside.Add(row.Sequence);
            logger.LogError("Outbox row {Sequence} of type {MessageType} cannot be published and was set aside", row.Sequence, row.MessageType);
        }

        Exception? firstError = null;
        for (var i = 0; i < round.Pending.Count; i++)
        {
            var (row, type, cloudEvent, unitId, activity) = round.Pending[i];
            using (activity)
            {
                if (outcomes[i] is { } ex)
                {
                    activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
                    session.Failed = true;
                    session.FailedRows.Add(row.Sequence);
                    if (firstError is null)
                    {
                        firstError = ex;
                        session.FailedAttempts = Math.Max(session.FailedAttempts, row.Attempts + 1);
                        session.Error ??= ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                    }

                    continue;
                }

                session.Published.Add(new PublishedRow(row, cloudEvent.Type, unitId, Guid.Parse(cloudEvent.Subject), EventTypes.IsPublic(type), at));
            }
        }

        if (firstError is null)
        {
            return null;
        }

        var delay = options.Value.RetryDelay(session.FailedAttempts);
        logger.LogWarning(firstError, "Publishing {Failed} of {Count} outbox rows failed (first: row {Sequence}, attempt {Attempts}); retrying in {Delay}",
            session.FailedRows.Count, round.Pending.Count, session.FailedRows[0], session.FailedAttempts, delay);
        session.RetryAt = at + delay;
        return session.RetryAt;
    }

    /// <summary>
    /// The session's outcomes in one round trip: confirmed rows marked published and copied to the replay feed,
    /// failed rows given their retry time, unreadable rows set aside.
    /// </summary>
    private static async Task WriteOutcomesAsync(RelaySession session, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(session.Connection, session.Transaction);
        if (session.Published.Count > 0)
        {
            var published = session.Published;
            var mark = new NpgsqlBatchCommand(
                "UPDATE outbox_messages o SET published_at = p.at, attempts = o.attempts + 1, last_error = NULL " +
                "FROM unnest(@sequences, @at) AS p(sequence, at) WHERE o.sequence = p.sequence");
            mark.Parameters.Add(new NpgsqlParameter<long[]>("sequences", [.. published.Select(p => p.Row.Sequence)]));
            mark.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("at", [.. published.Select(p => p.At)]));
            batch.BatchCommands.Add(mark);

            var feed = new NpgsqlBatchCommand(
                "INSERT INTO event_feed (position, event_id, type, unit_id, record_id, occurred_at, data, is_public, trace_parent, published_at) " +
                "SELECT * FROM unnest(@positions, @ids, @types, @units, @records, @occurred, @data, @public, @traces, @at)");
            feed.Parameters.Add(new NpgsqlParameter<long[]>("positions", [.. published.Select(p => p.Row.Position)]));
            feed.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. published.Select(p => p.Row.MessageId)]));
            feed.Parameters.Add(new NpgsqlParameter<string[]>("types", [.. published.Select(p => p.Type)]));
            feed.Parameters.Add(new NpgsqlParameter<string[]>("units", [.. published.Select(p => p.UnitId)]));
            feed.Parameters.Add(new NpgsqlParameter<Guid[]>("records", [.. published.Select(p => p.RecordId)]));
            feed.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("occurred", [.. published.Select(p => p.Row.OccurredAt)]));
            feed.Parameters.Add(new NpgsqlParameter<string[]>("data", [.. published.Select(p => p.Row.Body)]));
            feed.Parameters.Add(new NpgsqlParameter<bool[]>("public", [.. published.Select(p => p.IsPublic)]));
            feed.Parameters.Add(new NpgsqlParameter<string?[]>("traces", [.. published.Select(p => p.Row.TraceParent)]));
            feed.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("at", [.. published.Select(p => p.At)]));
            batch.BatchCommands.Add(feed);
        }

        if (session.FailedRows.Count > 0)
        {
            var failed = new NpgsqlBatchCommand(
                "UPDATE outbox_messages SET attempts = attempts + 1, next_attempt_at = @retry, last_error = @error WHERE sequence = ANY(@sequences)");
            failed.Parameters.Add(new NpgsqlParameter<long[]>("sequences", [.. session.FailedRows]));
            failed.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("retry", session.RetryAt ?? Clock.GetUtcNow()));
            failed.Parameters.Add(new NpgsqlParameter<string?>("error", session.Error));
            batch.BatchCommands.Add(failed);
        }

        if (session.SetAside.Count > 0)
        {
            var setAside = new NpgsqlBatchCommand(
                "UPDATE outbox_messages SET dead_lettered_at = now(), last_error = 'Unknown or unreadable message type ' || message_type WHERE sequence = ANY(@sequences)");
            setAside.Parameters.Add(new NpgsqlParameter<long[]>("sequences", [.. session.SetAside]));
            batch.BatchCommands.Add(setAside);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The relay lock and the next rows, with their feed positions, in one statement. The lock is taken once
    /// (a one-row subquery) and the rows are read only when it was; a position is taken per row claimed.
    /// </summary>
    private const string ClaimSql = """
        SELECT l.locked, o.sequence, o.message_id, o.message_type, o.body::text, o.occurred_at, o.trace_parent, o.attempts, o.next_attempt_at,
               CASE WHEN o.sequence IS NULL THEN NULL ELSE nextval('event_feed_position_seq') END
        FROM (SELECT pg_try_advisory_xact_lock(@key) AS locked) AS l
        LEFT JOIN LATERAL (
            SELECT * FROM outbox_messages
            WHERE l.locked AND published_at IS NULL AND dead_lettered_at IS NULL AND sequence <> ALL(@claimed)
            ORDER BY sequence
            LIMIT @limit
            FOR UPDATE SKIP LOCKED) AS o ON true
        """;

    /// <summary>
    /// How long one relay transaction keeps taking new rows before it writes its outcomes and commits: the
    /// replay feed shows an event at most about this much later than the bus delivers it, and another
    /// replica's rows wait at most about this long for the lock (they are claimed here too when this
    /// replica's own commits wake the session).
    /// </summary>
    private static readonly TimeSpan SessionLength = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a session whose rows are all answered waits for the next commit before it commits.</summary>
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(50);

    private sealed record ClaimedRow(long Sequence, Guid MessageId, string MessageType, string Body, DateTimeOffset OccurredAt,
        string? TraceParent, int Attempts, DateTimeOffset NextAttemptAt, long Position);

    private sealed record Claim(bool Locked, List<ClaimedRow> Rows, DateTimeOffset? WaitingUntil);

    private readonly record struct Pending(ClaimedRow Row, Type Type, CloudEvent Event, string UnitId, Activity? Activity);

    private sealed record PublishedRow(ClaimedRow Row, string Type, string UnitId, Guid RecordId, bool IsPublic, DateTimeOffset At);

    /// <summary>Rows sent together; their confirms and the timeout that bounds the wait for them.</summary>
    private sealed record Round(List<Pending> Pending, List<ClaimedRow> Unreadable, Task<IReadOnlyList<Exception?>> Outcomes, CancellationTokenSource Timeout) : IDisposable
    {
        public void Dispose()
        {
            Timeout.Dispose();
            foreach (var pending in Pending)
            {
                pending.Activity?.Dispose();
            }
        }
    }

    /// <summary>What one relay transaction claimed and learned, written at its end.</summary>
    private sealed class RelaySession(NpgsqlConnection connection, NpgsqlTransaction transaction, string source)
    {
        public NpgsqlConnection Connection { get; } = connection;

        public NpgsqlTransaction Transaction { get; } = transaction;

        public string Source { get; } = source;

        public List<long> Claimed { get; } = [];

        public List<PublishedRow> Published { get; } = [];

        public List<long> FailedRows { get; } = [];

        public List<long> SetAside { get; } = [];

        public bool Failed { get; set; }

        public int FailedAttempts { get; set; }

        public string? Error { get; set; }

        public DateTimeOffset? RetryAt { get; set; }

        public int Rounds { get; set; }
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

    /// <summary>
    /// What the relay publishes for a row at a feed position, the unit it concerns and its contract type; null when the row's type is
    /// not a contract of the Contracts assembly or its body is not such an event (a row that can never be published).
    /// </summary>
    private static (CloudEvent Event, string UnitId, Type Type)? ToCloudEvent(ClaimedRow row, string source)
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

            var cloudEvent = new CloudEvent(row.MessageId, EventTypes.NameOf(type), source, recordId.ToString(), row.OccurredAt, row.Body, row.Position, row.TraceParent);
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
