using System.Globalization;
using System.Net;
using RuleOfLaw.Benchmarks;

// Benchmarks of the public search of normative documents (GET /api/documents?q=…), of public comments,
// and of event delivery from the producer's commit to the consumer's (also under faults).
//   seed --connection <Npgsql connection string> [--documents 100000] [--seed 20261128]
//   load --target gateway=http://127.0.0.1:<port> --target direct=http://127.0.0.1:<port>
//        [--rate 50] [--duration 30] [--warmup 5] [--timeout 10] [--seed 20261128]
//   words --target direct=http://127.0.0.1:<port>
const string Usage = """
    usage:
      seed --connection <connection string> [--documents 100000] [--seed 20261128]
      load --target <name>=<http://127.0.0.1:port> [--target …] [--rate 50] [--duration 30] [--warmup 5] [--timeout 10] [--seed 20261128]
      words --target <name>=<http://127.0.0.1:port>   (each query word alone, one request at a time: matches and latency)
      comments --connection <connection string> --target <name>=<http://127.0.0.1:port> [--target …]
               [--drafts 20] [--crowd 20000] [--connections 16] [--rate 150] [--duration 20]
      events --connection <documents connection string> --appraisal <appraisal connection string> --target <name>=<http://127.0.0.1:port>
             [--drafts 20] [--rate 50] [--duration 30] [--drain 300] [--fault-file <path>]
    """;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var options = Options.Parse(args.Skip(1));
    return args.FirstOrDefault() switch
    {
        "seed" => await Seeder.RunAsync(
            options.Single("connection") ?? throw new ArgumentException("--connection is required"),
            options.Int("documents", 100_000),
            options.Int("seed", 20261128),
            cancellation.Token),
        "load" => await LoadAsync(options, cancellation.Token),
        "words" => await WordsAsync(options, cancellation.Token),
        "comments" => await CommentLoad.RunAsync(
            options.Single("connection") ?? throw new ArgumentException("--connection is required"),
            [.. options.All("target").Select(ParseTarget)],
            options.Int("drafts", 20),
            options.Int("crowd", 20_000),
            options.Int("connections", 16),
            options.Double("rate", 150),
            options.Double("duration", 20),
            cancellation.Token),
        "events" => await EventLatency.RunAsync(
            options.Single("connection") ?? throw new ArgumentException("--connection is required"),
            options.Single("appraisal") ?? throw new ArgumentException("--appraisal is required"),
            ParseTarget(options.Single("target") ?? throw new ArgumentException("--target is required")),
            options.Int("drafts", 20),
            options.Double("rate", 50),
            options.Double("duration", 30),
            options.Double("drain", 300),
            options.Single("fault-file"),
            cancellation.Token),
        _ => Fail(Usage),
    };
}
catch (ArgumentException e)
{
    return Fail(e.Message + "\n" + Usage);
}
catch (OperationCanceledException)
{
    return Fail("cancelled");
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}

static async Task<int> LoadAsync(Options options, CancellationToken ct)
{
    var targets = options.All("target").Select(ParseTarget).ToList();
    if (targets.Count == 0)
    {
        throw new ArgumentException("at least one --target is required");
    }

    var rate = options.Double("rate", 50);
    var duration = options.Double("duration", 30);
    var warmup = options.Double("warmup", 5);
    var timeout = options.Double("timeout", 10);
    var seed = options.Int("seed", 20261128);
    if (rate is <= 0 or > 1000 || duration is <= 0 or > 3600 || warmup is < 0 or > 600 || timeout is <= 0 or > 120)
    {
        throw new ArgumentException("rate must be in (0, 1000], duration in (0, 3600], warmup in [0, 600], timeout in (0, 120]");
    }

    var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    var measured = LoadRunner.Queries((int)Math.Round(rate * duration), seed, today);
    var warming = LoadRunner.Queries((int)Math.Round(rate * warmup), seed + 1, today);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Load: {rate} requests/s for {duration} s per target ({measured.Count} requests), after {warmup} s of warm-up; timeout {timeout} s; targets in turn: {string.Join(", ", targets.Select(t => $"{t.Name} {t.BaseAddress}"))}"));

    var clients = targets.ToDictionary(t => t.Name, t => new HttpClient(
        new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), ConnectTimeout = TimeSpan.FromSeconds(5), UseProxy = false },
        disposeHandler: true) { Timeout = TimeSpan.FromSeconds(timeout) });
    try
    {
        foreach (var target in targets)
        {
            var (samples, _) = await LoadRunner.RunAsync(clients[target.Name], target, warming, rate, ct);
            Console.WriteLine($"Warm-up {target.Name}: {samples.Count(s => s.Ok)} ok, {samples.Count(s => !s.Ok)} errors");
            await Task.Delay(LoadRunner.Settle, ct);
        }

        var results = new List<(Target Target, List<Sample> Samples, TimeSpan Elapsed)>();
        foreach (var target in targets)
        {
            var (samples, elapsed) = await LoadRunner.RunAsync(clients[target.Name], target, measured, rate, ct);
            Console.WriteLine($"Measured {target.Name}: {samples.Count(s => s.Ok)} ok, {samples.Count(s => !s.Ok)} errors");
            results.Add((target, samples, elapsed));
            await Task.Delay(LoadRunner.Settle, ct);
        }

        Report.Print(results, rate);
        return results.Any(r => r.Samples.All(s => !s.Ok)) ? 1 : 0;
    }
    finally
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}

static async Task<int> WordsAsync(Options options, CancellationToken ct)
{
    var target = ParseTarget(options.Single("target") ?? throw new ArgumentException("--target is required"));
    using var client = new HttpClient { BaseAddress = target.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    var rows = new List<(string Word, int Matches, bool Estimated, double MedianMs)>();
    foreach (var word in Vocabulary.TwoCharacterWords.Concat(Vocabulary.FourCharacterWords))
    {
        var (matches, estimated, median) = await LoadRunner.ProbeAsync(client, word, ct);
        rows.Add((word, matches, estimated, median));
    }

    Console.WriteLine($"Each query word alone on {target.Name}, one request at a time: documents found (~: the service's estimate) and median latency of 3 requests in ms");
    Console.WriteLine("  matches        ms  word");
    foreach (var (word, matches, estimated, median) in rows.OrderByDescending(r => r.Matches))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(estimated ? "~" : "") + matches.ToString(CultureInfo.InvariantCulture),9}{median,10:F1}  {word}"));
    }

    return 0;
}

static Target ParseTarget(string value)
{
    var parts = value.Split('=', 2);
    if (parts.Length != 2 || !Uri.TryCreate(parts[1], UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
    {
        throw new ArgumentException($"--target must be name=http://127.0.0.1:port, not '{value}'");
    }

    // Load goes to this machine only.
    if (!IPAddress.TryParse(uri.Host, out var address) || !IPAddress.IsLoopback(address))
    {
        throw new ArgumentException($"--target must be a loopback address (127.0.0.1), not '{uri.Host}'");
    }

    return new Target(parts[0], uri);
}

/// <summary>--name value pairs; a name may repeat.</summary>
internal sealed class Options
{
    private readonly List<(string Name, string Value)> _values = [];

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !e.MoveNext())
            {
                throw new ArgumentException("options are --name value pairs");
            }

            options._values.Add((name, e.Current));
        }

        return options;
    }

    public IEnumerable<string> All(string name) => _values.Where(v => v.Name == "--" + name).Select(v => v.Value);

    public string? Single(string name) => All(name).LastOrDefault();

    public int Int(string name, int fallback) => Single(name) is { } v
        ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"--{name} must be a positive integer")
        : fallback;

    public double Double(string name, double fallback) => Single(name) is { } v
        ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"--{name} must be a number")
        : fallback;
}
