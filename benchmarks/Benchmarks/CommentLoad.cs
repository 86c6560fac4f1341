using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace RuleOfLaw.Benchmarks;

/// <summary>
/// Public comments on drafts open for comment (POST /api/documents/{id}/comments), anonymous as most are:
/// one at a time on an empty draft and on a crowded one, closed loop at saturation on many drafts and on
/// one, open loop at a fixed rate, and open loop at twice the measured capacity. Every phase runs on each
/// target in turn (gateway, direct, …), so both see the same machine.
/// </summary>
internal static class CommentLoad
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(
        string connectionString, IReadOnlyList<Target> targets, int drafts, int crowd, int connections, double rate, double seconds, CancellationToken ct)
    {
        var (many, empty, crowded) = await PrepareDraftsAsync(connectionString, drafts, crowd, ct);
        Console.WriteLine($"Drafts: {many.Count} open for comment, one empty, one with {crowd} comments; {connections} connections; open loop at {rate}/s; {seconds} s a phase");

        using var clients = new Clients(targets);
        var report = new StringBuilder();
        report.AppendLine("| phase | target | sent | 201 | 503 | 429 | other | committed/s | p50 ms | p99 ms |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        var capacity = new Dictionary<string, double>();

        foreach (var target in targets)
        {
            var client = clients[target];
            foreach (var (name, draft) in new[] { ("one at a time, empty draft", empty), ($"one at a time, draft with {crowd}", crowded) })
            {
                var samples = new List<Result>();
                for (var i = 0; i < 200; i++)
                {
                    samples.Add(await SendAsync(client, draft, Stopwatch.GetTimestamp(), ct));
                }

                Row(report, name, target, samples, TimeSpan.FromSeconds(samples.Sum(s => s.Ms) / 1000));
            }
        }

        foreach (var (name, pool) in new[] { ($"saturation, {many.Count} drafts", many), ("saturation, one draft", (IReadOnlyList<Guid>)[many[0]]) })
        {
            foreach (var target in targets)
            {
                var (samples, elapsed) = await ClosedLoopAsync(clients[target], pool, connections, TimeSpan.FromSeconds(seconds), ct);
                Row(report, name, target, samples, elapsed);
                if (pool.Count > 1)
                {
                    capacity[target.Name] = samples.Count(s => s.Status == 201) / elapsed.TotalSeconds;
                }

                await Task.Delay(Settle, ct);
            }
        }

        foreach (var target in targets)
        {
            var (samples, elapsed) = await OpenLoopAsync(clients[target], many, rate, TimeSpan.FromSeconds(seconds), ct);
            Row(report, string.Create(CultureInfo.InvariantCulture, $"open loop {rate:F0}/s"), target, samples, elapsed);
            await Task.Delay(Settle, ct);
        }

        foreach (var target in targets)
        {
            var twice = Math.Max(1, 2 * capacity[target.Name]);
            var (samples, elapsed) = await OpenLoopAsync(clients[target], many, twice, TimeSpan.FromSeconds(seconds), ct);
            Row(report, string.Create(CultureInfo.InvariantCulture, $"open loop 2× capacity ({twice:F0}/s)"), target, samples, elapsed);
            await Task.Delay(Settle, ct);
        }

        Console.WriteLine();
        Console.Write(report.ToString());
        return 0;
    }

    /// <summary>
    /// Copies a draft open for comment (the demo data's) into <paramref name="count"/> + 2 drafts, and gives
    /// one of the extra two <paramref name="crowd"/> comments, straight in the database.
    /// </summary>
    internal static async Task<(List<Guid> Many, Guid Empty, Guid Crowded)> PrepareDraftsAsync(string connectionString, int count, int crowd, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var find = new NpgsqlCommand(
            "SELECT id FROM documents WHERE status = 'OpenForComment' AND comment_closes_on >= (now() AT TIME ZONE 'Asia/Shanghai')::date + 1 ORDER BY comment_closes_on DESC LIMIT 1", connection);
        var template = await find.ExecuteScalarAsync(ct) as Guid? ?? throw new InvalidOperationException("No draft open for comment: run the documents service with DemoData__Enabled=true.");

        // Every stored column but the key and the generated ones (the search vector) is copied as it is.
        await using var columns = new NpgsqlCommand(
            "SELECT string_agg(quote_ident(column_name), ', ') FROM information_schema.columns WHERE table_name = 'documents' AND column_name <> 'id' AND is_generated = 'NEVER'", connection);
        var list = (string)(await columns.ExecuteScalarAsync(ct))!;
        var ids = new List<Guid>();
        for (var i = 0; i < count + 2; i++)
        {
            var id = Guid.CreateVersion7();
            await using var copy = new NpgsqlCommand($"INSERT INTO documents (id, {list}) SELECT @id, {list} FROM documents WHERE id = @template", connection);
            copy.Parameters.AddWithValue("id", id);
            copy.Parameters.AddWithValue("template", template);
            await copy.ExecuteNonQueryAsync(ct);
            ids.Add(id);
        }

        await using var comments = new NpgsqlCommand(
            "INSERT INTO document_comments (id, document_id, content, submitted_at) SELECT gen_random_uuid(), @draft, '第' || n || '条意见：建议明确适用范围。', now() FROM generate_series(1, @crowd) AS n", connection);
        comments.Parameters.AddWithValue("draft", ids[^1]);
        comments.Parameters.AddWithValue("crowd", crowd);
        await comments.ExecuteNonQueryAsync(ct);
        await using var analyze = new NpgsqlCommand("ANALYZE documents; ANALYZE document_comments", connection);
        await analyze.ExecuteNonQueryAsync(ct);
        return (ids[..count], ids[count], ids[count + 1]);
    }

    /// <summary>Each connection sends its next comment as soon as the last is answered.</summary>
    private static async Task<(List<Result> Samples, TimeSpan Elapsed)> ClosedLoopAsync(HttpClient client, IReadOnlyList<Guid> drafts, int connections, TimeSpan duration, CancellationToken ct)
    {
        var samples = new ConcurrentBag<Result>();
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            var random = new Random(worker);
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                samples.Add(await SendAsync(client, drafts[random.Next(drafts.Count)], Stopwatch.GetTimestamp(), ct));
            }
        }));
        return ([.. samples], Stopwatch.GetElapsedTime(start));
    }

    /// <summary>Comments at a fixed rate, spread over the drafts (no coordinated omission).</summary>
    private static Task<(List<Result> Samples, TimeSpan Elapsed)> OpenLoopAsync(HttpClient client, List<Guid> drafts, double rate, TimeSpan duration, CancellationToken ct) =>
        LoadRunner.OpenLoopAsync((int)(rate * duration.TotalSeconds), rate, (i, due) => SendAsync(client, drafts[i % drafts.Count], due, ct), ct);

    internal static async Task<Result> SendAsync(HttpClient client, Guid draft, long due, CancellationToken ct)
    {
        try
        {
            using var response = await client.PostAsJsonAsync($"/api/documents/{draft}/comments", new { content = "建议明确适用范围，并增加过渡期安排。" }, ct);
            await response.Content.LoadIntoBufferAsync(ct);
            return new Result((int)response.StatusCode, Stopwatch.GetElapsedTime(due).TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new Result(0, Stopwatch.GetElapsedTime(due).TotalMilliseconds);
        }
    }

    private static void Row(StringBuilder report, string phase, Target target, List<Result> samples, TimeSpan elapsed)
    {
        var created = samples.Where(s => s.Status == 201).Select(s => s.Ms).Order().ToList();
        string P(double p) => created.Count == 0 ? "-" : created[Math.Clamp((int)Math.Ceiling(p * created.Count) - 1, 0, created.Count - 1)].ToString("F1", CultureInfo.InvariantCulture);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {phase} | {target.Name} | {samples.Count} | {created.Count} | {samples.Count(s => s.Status == 503)} | {samples.Count(s => s.Status == 429)} | {samples.Count(s => s.Status is not (201 or 503 or 429))} | {created.Count / elapsed.TotalSeconds:F0} | {P(0.50)} | {P(0.99)} |");
        report.AppendLine(line);
        Console.WriteLine(line);
    }

    /// <summary>The HTTP status (0: no answer) and the latency from when the comment was due.</summary>
    internal readonly record struct Result(int Status, double Ms);

    /// <summary>One pooled client per target, with enough connections for the closed loop.</summary>
    private sealed class Clients(IReadOnlyList<Target> targets) : IDisposable
    {
        private readonly Dictionary<string, HttpClient> _clients = targets.ToDictionary(t => t.Name, t => new HttpClient(
            new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), MaxConnectionsPerServer = 512, UseProxy = false },
            disposeHandler: true) { BaseAddress = t.BaseAddress, Timeout = TimeSpan.FromSeconds(10) });

        public HttpClient this[Target target] => _clients[target.Name];

        public void Dispose()
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }
        }
    }
}
