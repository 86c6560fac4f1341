using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace RuleOfLaw.Benchmarks;

/// <summary>
/// Event delivery under a fixed write rate: public comments on drafts (each raises
/// <c>DocumentCommentSubmitted</c>) sent open loop to the documents service, and the appraisal service,
/// which keeps every event as evidence, consuming them. Times are PostgreSQL commit timestamps
/// (<c>track_commit_timestamp</c>), all from one server's clock: the producer's commit (the comment row),
/// the relay's (the event's replay-feed row) and the consumer's (its inbox row). Counted once every
/// committed comment's event was consumed and the outbox is empty: lost events (a committed comment
/// whose event never arrived, or a 201 whose comment is not stored) and duplicated effects (evidence
/// rows beyond one an event). With a fault file (two lines, the fault's start and end in Unix
/// milliseconds, written by the script that caused it), also how long the backlog took to clear.
/// </summary>
internal static class EventLatency
{
    private const string EventType = "RuleOfLaw.Contracts.NormativeDocuments.DocumentCommentSubmitted";

    public static async Task<int> RunAsync(
        string documents, string appraisal, Target target, int drafts, double rate, double seconds, double drainSeconds, string? faultFile, CancellationToken ct)
    {
        var (many, warm, _) = await CommentLoad.PrepareDraftsAsync(documents, drafts, 0, ct);
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), MaxConnectionsPerServer = 512, UseProxy = false }, disposeHandler: true)
        {
            BaseAddress = target.BaseAddress,
            Timeout = TimeSpan.FromSeconds(10),
        };

        // Warm-up on a draft of its own, so the measured drafts hold only measured comments.
        await LoadRunner.OpenLoopAsync((int)(rate * 3), rate, (_, due) => CommentLoad.SendAsync(client, warm, due, ct), ct);
        await DrainAsync(documents, appraisal, [warm], TimeSpan.FromSeconds(drainSeconds), ct);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Writes: {rate}/s for {seconds} s on {many.Count} drafts ({target.Name} {target.BaseAddress})"));
        var started = DateTimeOffset.UtcNow;
        if (faultFile is not null)
        {
            // Tells the script causing the fault that the measured writes begin.
            await File.WriteAllTextAsync(faultFile + ".started", started.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), ct);
        }

        var accepted = new List<DateTimeOffset>();
        var (results, _) = await LoadRunner.OpenLoopAsync((int)(rate * seconds), rate, async (i, due) =>
        {
            var result = await CommentLoad.SendAsync(client, many[i % many.Count], due, ct);
            if (result.Status == 201)
            {
                lock (accepted)
                {
                    accepted.Add(DateTimeOffset.UtcNow);
                }
            }

            return result;
        }, ct);
        var writesEnded = DateTimeOffset.UtcNow;
        Console.WriteLine($"Sent {results.Count}: {string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "no answer" : g.Key.ToString(CultureInfo.InvariantCulture))} × {g.Count()}"))}");

        var drained = await DrainAsync(documents, appraisal, many, TimeSpan.FromSeconds(drainSeconds), ct);
        var drainedAfter = DateTimeOffset.UtcNow - writesEnded;
        // Late duplicates (a redelivery after the counts matched) have a moment to show.
        await Task.Delay(TimeSpan.FromSeconds(2), ct);

        var events = await EventsAsync(documents, many, ct);
        var consumed = await ConsumedAsync(appraisal, [.. events.Where(e => e.EventId is not null).Select(e => e.EventId!.Value)], ct);
        var acknowledged = results.Count(r => r.Status == 201);
        var lost = events.Count(e => e.EventId is null || !consumed.ContainsKey(e.EventId.Value)) + Math.Max(0, acknowledged - events.Count);
        var duplicated = consumed.Values.Sum(c => Math.Max(0, c.Effects - 1));
        var unpublished = await ScalarAsync(documents, "SELECT count(*) FROM outbox_messages WHERE published_at IS NULL AND dead_lettered_at IS NULL", ct);

        var report = new StringBuilder();
        report.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Acknowledged (201) {acknowledged}; comments stored {events.Count}; events consumed {consumed.Count}; lost {lost}; duplicated effects {duplicated}; outbox rows left {unpublished}; {(drained ? "drained" : "NOT drained")} {drainedAfter.TotalSeconds:F1} s after the last write"));

        var timed = events
            .Where(e => e.EventId is { } id && consumed.ContainsKey(id) && e.Committed is not null && consumed[id].Committed is not null)
            .Select(e => (Producer: e.Committed!.Value, Relay: e.Relayed, Consumer: consumed[e.EventId!.Value].Committed!.Value))
            .ToList();
        if (timed.Count == 0)
        {
            report.AppendLine("No commit timestamps: run PostgreSQL with track_commit_timestamp=on.");
        }
        else
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"Latency in ms over {timed.Count} events (PostgreSQL commit timestamps):");
            report.AppendLine("| span | p50 | p90 | p99 | max |");
            report.AppendLine("|---|---|---|---|---|");
            report.AppendLine(Row("producer commit → consumer commit", timed.Select(t => (t.Consumer - t.Producer).TotalMilliseconds)));
            var relayed = timed.Where(t => t.Relay is not null).ToList();
            report.AppendLine(Row("producer commit → relay commit", relayed.Select(t => (t.Relay!.Value - t.Producer).TotalMilliseconds)));
            report.AppendLine(Row("relay commit → consumer commit", relayed.Select(t => (t.Consumer - t.Relay!.Value).TotalMilliseconds)));
        }

        accepted.Sort();
        var gap = accepted.Count < 2 ? TimeSpan.Zero : accepted.Zip(accepted.Skip(1), (a, b) => b - a).Max();
        report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Longest time without an accepted write: {gap.TotalSeconds:F1} s"));
        if (faultFile is not null && File.Exists(faultFile))
        {
            var lines = (await File.ReadAllLinesAsync(faultFile, ct)).Where(l => l.Length > 0).ToList();
            var faultStart = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(lines[0], CultureInfo.InvariantCulture));
            var faultEnd = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(lines[1], CultureInfo.InvariantCulture));
            // Recovery: from the fault's end until every event written before it had been consumed.
            var backlog = timed.Where(t => t.Producer <= faultEnd).Select(t => t.Consumer).DefaultIfEmpty(faultEnd).Max();
            var recovery = backlog > faultEnd ? backlog - faultEnd : TimeSpan.Zero;
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Fault from {(faultStart - started).TotalSeconds:F1} s to {(faultEnd - started).TotalSeconds:F1} s into the writes; events written before its end all consumed {recovery.TotalSeconds:F1} s after it"));
        }

        Console.WriteLine();
        Console.Write(report.ToString());
        return lost == 0 && duplicated == 0 && drained ? 0 : 1;
    }

    /// <summary>Waits until every stored comment's event on <paramref name="drafts"/> was consumed and the outbox is empty.</summary>
    private static async Task<bool> DrainAsync(string documents, string appraisal, IReadOnlyList<Guid> drafts, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            try
            {
                var events = await EventsAsync(documents, drafts, ct);
                var ids = events.Where(e => e.EventId is not null).Select(e => e.EventId!.Value).ToArray();
                if (ids.Length == events.Count
                    && (await ConsumedAsync(appraisal, ids, ct)).Count == ids.Length
                    && await ScalarAsync(documents, "SELECT count(*) FROM outbox_messages WHERE published_at IS NULL AND dead_lettered_at IS NULL", ct) == 0)
                {
                    return true;
                }
            }
            catch (NpgsqlException)
            {
                // The database is restarting (a fault run): ask again.
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                return false;
            }

            await Task.Delay(250, ct);
        }
    }

    private sealed record Produced(Guid CommentId, Guid? EventId, DateTimeOffset? Committed, DateTimeOffset? Relayed);

    /// <summary>Every comment on the drafts with its event and the producer's and relay's commit times.</summary>
    private static async Task<List<Produced>> EventsAsync(string documents, IReadOnlyList<Guid> drafts, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(documents);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT c.id, o.message_id, pg_xact_commit_timestamp(c.xmin), pg_xact_commit_timestamp(f.xmin)
            FROM document_comments c
            LEFT JOIN outbox_messages o ON o.message_type = @type AND (o.body->>'commentId')::uuid = c.id
            LEFT JOIN event_feed f ON f.event_id = o.message_id
            WHERE c.document_id = ANY(@drafts)
            """, connection);
        command.Parameters.AddWithValue("type", EventType);
        command.Parameters.AddWithValue("drafts", drafts.ToArray());
        var rows = new List<Produced>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new Produced(
                reader.GetGuid(0),
                reader.IsDBNull(1) ? null : reader.GetGuid(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return rows;
    }

    /// <summary>The consumer's commit time of each event it handled, and how many evidence rows it left.</summary>
    private static async Task<Dictionary<Guid, (DateTimeOffset? Committed, int Effects)>> ConsumedAsync(string appraisal, Guid[] eventIds, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(appraisal);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT i.message_id, pg_xact_commit_timestamp(i.xmin), (SELECT count(*) FROM evidence e WHERE e.event_id = i.message_id)
            FROM inbox_messages i WHERE i.message_id = ANY(@ids)
            """, connection);
        command.Parameters.AddWithValue("ids", eventIds);
        var consumed = new Dictionary<Guid, (DateTimeOffset?, int)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            consumed[reader.GetGuid(0)] = (reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1), (int)reader.GetInt64(2));
        }

        return consumed;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static string Row(string span, IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        string P(double p) => sorted.Count == 0 ? "-" : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)].ToString("F1", CultureInfo.InvariantCulture);
        return $"| {span} | {P(0.50)} | {P(0.90)} | {P(0.99)} | {(sorted.Count == 0 ? "-" : sorted[^1].ToString("F1", CultureInfo.InvariantCulture))} |";
    }
}
