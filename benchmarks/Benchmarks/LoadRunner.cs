using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace RuleOfLaw.Benchmarks;

internal enum QueryKind
{
    TwoCharacterWord,
    FourCharacterWord,
    WordInForceOn,
}

/// <summary>One search request: its kind and path with query string.</summary>
internal sealed record SearchQuery(QueryKind Kind, string PathAndQuery);

/// <summary>
/// The outcome of one request; latency counts from the moment it was due, not from when it was sent.
/// <paramref name="Error"/>: the HTTP status or exception of a failed request.
/// </summary>
internal readonly record struct Sample(QueryKind Kind, double LatencyMs, double SendLagMs, bool Ok, int Total, string? Error = null);

/// <summary>A base URL to load, named for the report (e.g. gateway, direct).</summary>
internal sealed record Target(string Name, Uri BaseAddress);

/// <summary>
/// Open-loop load: request i is due at start + i / rate and is sent then whatever earlier requests are
/// doing, so a slow server shows as latency instead of as fewer requests (no coordinated omission).
/// </summary>
internal static class LoadRunner
{
    /// <summary>A pause after each phase, so that work the server still does for the last one (e.g. queries of timed-out requests) does not slow the next.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public static List<SearchQuery> Queries(int count, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var firstDay = new DateOnly(2019, 6, 1);
        var queries = new List<SearchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = (QueryKind)(i % 3);
            var two = Vocabulary.TwoCharacterWords[random.Next(Vocabulary.TwoCharacterWords.Count)];
            var four = Vocabulary.FourCharacterWords[random.Next(Vocabulary.FourCharacterWords.Count)];
            var query = kind switch
            {
                QueryKind.TwoCharacterWord => "q=" + Uri.EscapeDataString(two),
                QueryKind.FourCharacterWord => "q=" + Uri.EscapeDataString(four),
                _ => "q=" + Uri.EscapeDataString(random.Next(2) == 0 ? two : four) + "&inForceOn=" +
                    (random.Next(2) == 0 ? today : DateOnly.FromDayNumber(random.Next(firstDay.DayNumber, today.DayNumber + 1))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            queries.Add(new SearchQuery(kind, "/api/documents?" + query + "&page=1&pageSize=20"));
        }

        // Kinds interleaved but not in a fixed rotation.
        return [.. queries.OrderBy(_ => random.Next())];
    }

    /// <summary>Sends <paramref name="queries"/> at <paramref name="rate"/> per second; returns when every request has ended.</summary>
    public static Task<(List<Sample> Samples, TimeSpan Elapsed)> RunAsync(HttpClient client, Target target, IReadOnlyList<SearchQuery> queries, double rate, CancellationToken ct) =>
        OpenLoopAsync(queries.Count, rate, (i, due) => SendAsync(client, target, queries[i], due, ct), ct);

    /// <summary>
    /// Request i is due at start + i / rate and <paramref name="send"/> is called then (with its due
    /// timestamp), whatever earlier requests are doing; returns when every request has ended.
    /// </summary>
    public static async Task<(List<T> Samples, TimeSpan Elapsed)> OpenLoopAsync<T>(int count, double rate, Func<int, long, Task<T>> send, CancellationToken ct)
    {
        var pending = new List<Task<T>>(count);
        var interval = Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, ct);
            }

            while (Stopwatch.GetTimestamp() < due)
            {
                Thread.SpinWait(20);
            }

            pending.Add(send(i, due));
        }

        var samples = await Task.WhenAll(pending);
        return ([.. samples], Stopwatch.GetElapsedTime(start));
    }

    private static async Task<Sample> SendAsync(HttpClient client, Target target, SearchQuery query, long due, CancellationToken ct)
    {
        var sendLag = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
        try
        {
            using var response = await client.GetAsync(new Uri(target.BaseAddress, query.PathAndQuery), HttpCompletionOption.ResponseContentRead, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var latency = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            return response.StatusCode == HttpStatusCode.OK
                ? new Sample(query.Kind, latency, sendLag, true, TotalOf(body))
                : new Sample(query.Kind, latency, sendLag, false, 0, "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException && !ct.IsCancellationRequested)
        {
            return new Sample(query.Kind, Stopwatch.GetElapsedTime(due).TotalMilliseconds, sendLag, false, 0, e is TaskCanceledException ? "timeout" : e.GetType().Name);
        }
    }

    /// <summary>One word alone, three times in a row: its matches and the median latency.</summary>
    /// <summary>One word, three times in a row: the documents found (Estimated: the service estimated them) and the median latency.</summary>
    public static async Task<(int Matches, bool Estimated, double MedianMs)> ProbeAsync(HttpClient client, string word, CancellationToken ct)
    {
        var latencies = new List<double>();
        var matches = 0;
        var estimated = false;
        for (var i = 0; i < 3; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var body = await client.GetByteArrayAsync(new Uri("/api/documents?q=" + Uri.EscapeDataString(word) + "&page=1&pageSize=20", UriKind.Relative), ct);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            matches = TotalOf(body);
            estimated = IsEstimate(body);
        }

        return (matches, estimated, latencies.Order().ElementAt(1));
    }

    private static bool IsEstimate(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("totalIsEstimate", out var estimate) && estimate.ValueKind == JsonValueKind.True;
    }

    private static int TotalOf(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
