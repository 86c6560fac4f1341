using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Messaging;

/// <summary>
/// The Node.js subscriber in samples/subscriber, run as an outside system runs it against a documents
/// service on a real port: it checks every event against its JSON Schema, is stopped, misses the events
/// published meanwhile (its queue is gone), and on restart catches up from the replay feed with no gap
/// and no duplicate.
/// </summary>
public sealed class SubscriberSampleTests
{
    private static readonly string Sample = Path.Combine(Repository.Root, "samples", "subscriber");

    [Fact]
    public async Task The_Node_subscriber_checks_every_event_and_after_a_stop_catches_up_from_the_feed_without_gap_or_duplicate()
    {
        if (!Directory.Exists(Path.Combine(Sample, "node_modules")))
        {
            throw new InvalidOperationException($"The sample's packages are not installed: run `npm ci` in {Sample} (scripts/test.sh does).");
        }

        var port = FreePort.Next();
        // A source of its own: other tests' documents hosts publish on the same broker with positions of their own databases.
        var source = "normative-documents-" + Guid.NewGuid().ToString("N")[..8];
        await using var documents = new DocumentsHost();
        documents.Settings["Messaging:EventSource"] = source;
        documents.UseKestrel(port);
        await documents.InitializeAsync();
        var servers = await TestServers.GetAsync();
        var work = Directory.CreateTempSubdirectory("ruleoflaw-subscriber-");
        var output = Path.Combine(work.FullName, "events.jsonl");
        var environment = new Dictionary<string, string>
        {
            ["AMQP_URL"] = servers.RabbitMq,
            ["QUEUE"] = $"sample-{Guid.NewGuid():N}.events",
            ["FEEDS"] = $"/ruleoflaw/{source}=http://127.0.0.1:{port}/api/documents",
            ["TOKEN"] = TestTokens.For(null, Roles.DistrictSystem),
            ["STATE"] = Path.Combine(work.FullName, "state.json"),
            ["OUT"] = output,
        };
        var unit = Units.New();

        // Running: events arrive on its queue.
        using (var running = await SubscriberProcess.StartAsync(environment))
        {
            var first = await documents.DraftAsync(unit, affectsRights: false);
            await documents.PublishAsync(unit, first.Id);
            var published = await PublishedIdsAsync(documents, unit);
            await Eventually.Until(() => Task.FromResult(Handled(output, unit)), h => h.Count >= published.Count, "the running subscriber handled the first events", TimeSpan.FromSeconds(60));
            Assert.All(Handled(output, unit), h => Assert.Equal("bus", h.Via));
        }

        // Stopped: its exclusive queue is gone, so these never reach it on the bus.
        var missed = await documents.DraftAsync(unit, "停止期间起草的文件", affectsRights: false);
        await documents.PublishAsync(unit, missed.Id);
        var all = await PublishedIdsAsync(documents, unit);

        // Restarted: it catches up from the feed, then takes live events again.
        using (var restarted = await SubscriberProcess.StartAsync(environment))
        {
            await documents.DraftAsync(unit, "恢复之后起草的文件", affectsRights: false);
            all = await PublishedIdsAsync(documents, unit);
            var handled = await Eventually.Until(() => Task.FromResult(Handled(output, unit)), h => h.Count >= all.Count, "the restarted subscriber caught up and took the live event", TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(2)); // nothing more may come: a duplicate would show up now
            handled = Handled(output, unit);

            Assert.Equal(all, handled.Select(h => h.Id).ToList());
            Assert.All(handled, h => Assert.True(h.Valid, $"{h.Type} {h.Id} did not match its schema"));
            Assert.Contains(handled, h => h.Via == "feed");
            Assert.Equal("bus", handled[^1].Via); // the live event, drafted after the restart
            var positions = handled.Select(h => long.Parse(h.Position!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(positions.Order(), positions);
            Assert.False(restarted.HasExited, restarted.Errors);
        }
    }

    /// <summary>The ids of the unit's events once the relay published them all, in publication order.</summary>
    private static async Task<List<string>> PublishedIdsAsync(DocumentsHost documents, string unit)
    {
        var rows = await Eventually.Until(
            () => documents.WithDbAsync(db => db.OutboxRowsAboutAsync(unit)),
            rs => rs.Count > 0 && rs.All(r => r.PublishedAt is not null),
            "the unit's events are published");
        var ids = rows.Select(r => r.MessageId).ToHashSet();
        var feed = await documents.WithDbAsync(db => db.EventFeed.AsNoTracking().Where(e => ids.Contains(e.EventId)).OrderBy(e => e.Position).Select(e => e.EventId).ToListAsync());
        return [.. feed.Select(id => id.ToString())];
    }

    private static List<HandledEvent> Handled(string output, string unit) =>
        !File.Exists(output)
            ? []
            : [.. File.ReadAllLines(output).Select(l => JsonSerializer.Deserialize<HandledEvent>(l, JsonSerializerOptions.Web)!).Where(h => h.UnitId == unit)];

    private sealed record HandledEvent(string Id, string Type, string Source, string? Position, string Via, bool Valid, string UnitId);

    /// <summary>node subscriber.mjs, started and waited for until it listens; killed on dispose, as a crash would.</summary>
    private sealed class SubscriberProcess : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _errors = new();

        private SubscriberProcess(Process process) => _process = process;

        public bool HasExited => _process.HasExited;

        public string Errors => string.Join("\n", _errors);

        public static async Task<SubscriberProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
        {
            var start = new ProcessStartInfo("node", "subscriber.mjs")
            {
                WorkingDirectory = Sample,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            var subscriber = new SubscriberProcess(process);
            var listening = new TaskCompletionSource();
            process.OutputDataReceived += (_, line) =>
            {
                if (line.Data?.StartsWith("listening", StringComparison.Ordinal) == true)
                {
                    listening.TrySetResult();
                }
            };
            process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is { } text)
                {
                    subscriber._errors.Enqueue(text);
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60))) != listening.Task)
            {
                subscriber.Dispose();
                throw new InvalidOperationException("The subscriber did not start listening: " + subscriber.Errors);
            }

            return subscriber;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }
}
