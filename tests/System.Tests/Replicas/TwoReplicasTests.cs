using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RabbitMQ.Client;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Contracts;
using RuleOfLaw.Contracts.Clocks;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Replicas;

/// <summary>
/// Two replicas of the documents service on one database and one broker, as Kubernetes runs them: requests
/// land on either, both relay the outbox and both sweep the clocks. No number is given twice (DOC-6), no
/// event reaches the broker twice, no clock fires twice.
/// </summary>
public sealed class TwoReplicasTests : IAsyncLifetime
{
    private const int Documents = 12;
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero); // Monday 10:00 in Beijing
    private readonly FakeTimeProvider _time = new(Start);
    private readonly DocumentsHost _first;
    private DocumentsHost _second = null!;
    private IConnection _broker = null!;
    private IChannel _channel = null!;
    private string _published = "";

    public TwoReplicasTests()
    {
        _first = new DocumentsHost { Time = _time };
    }

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new DocumentsHost { Time = _time, DatabaseName = _first.DatabaseName, QueuePrefix = _first.QueuePrefix };
        await _second.InitializeAsync();

        // A queue of the test's own, bound to DocumentPublished on the events exchange as an outside system binds.
        _broker = await new ConnectionFactory { Uri = new Uri((await TestServers.GetAsync()).RabbitMq) }.CreateConnectionAsync();
        _channel = await _broker.CreateChannelAsync();
        await _channel.ExchangeDeclareAsync(EventTypes.Exchange, ExchangeType.Topic, durable: true, autoDelete: false);
        _published = (await _channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await _channel.QueueBindAsync(_published, EventTypes.Exchange, routingKey: EventTypes.NameOf(typeof(DocumentPublished)));
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _broker.DisposeAsync();
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task DOC_6_two_replicas_give_each_number_once_publish_each_event_once_and_fire_each_clock_once()
    {
        var unit = Units.New();
        var drafts = new List<Guid>();
        for (var i = 0; i < Documents; i++)
        {
            drafts.Add((await (i % 2 == 0 ? _first : _second).DraftAsync(unit, $"草案{i}", affectsRights: false)).Id);
        }

        // Both replicas publish at once, half the documents each: the numbers are 1 … n, none twice, none missing.
        var numbers = await Task.WhenAll(drafts.Select((id, i) => PublishAsync(i % 2 == 0 ? _first : _second, unit, id)));
        Assert.Equal(Enumerable.Range(1, Documents), numbers.Select(SequenceOf).Order());

        // Each publication reaches the broker once, though both replicas relay.
        var rows = await Eventually.Until(
            () => _first.WithDbAsync(db => db.OutboxRowsAboutAsync(unit)),
            rs => rs.Count(r => r.MessageType == typeof(DocumentPublished).FullName) == Documents && rs.All(r => r.PublishedAt is not null),
            "every event of the unit is relayed");
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
        var delivered = await DrainAsync(unit);
        Assert.Equal(numbers.Order(StringComparer.Ordinal), delivered.Order(StringComparer.Ordinal));

        // No document is filed: 30 days on, each filing clock is due, and both replicas sweep (in the background
        // and here at once). Each clock elapses once and reports once.
        var dueBy = StatutoryTime.Today(_time).AddDays(30);
        var clocks = await _first.WithDbAsync(db => db.Clocks.AsNoTracking()
            .Where(c => c.UnitId == unit && c.Status == ClockStatus.Running && c.DueDate < dueBy).Select(c => c.Id).ToListAsync());
        Assert.Equal(Documents, clocks.Count);
        _time.Advance(TimeSpan.FromDays(30));
        await Task.WhenAll(new[] { _first, _second }.Select(host =>
            host.Services.GetRequiredService<ClockSweeper<DocumentsDbContext>>().SweepAsync(CancellationToken.None)));

        await Eventually.Until(
            () => _first.WithDbAsync(db => db.Clocks.AsNoTracking().CountAsync(c => clocks.Contains(c.Id) && c.Status == ClockStatus.Elapsed)),
            count => count == clocks.Count,
            "every due clock elapsed");
        var elapsedPerClock = await _first.WithDbAsync(db => db.History.AsNoTracking()
            .Where(h => clocks.Contains(h.RecordId) && h.To == nameof(ClockStatus.Elapsed))
            .GroupBy(h => h.RecordId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(clocks.Count, elapsedPerClock.Count);
        Assert.All(elapsedPerClock, count => Assert.Equal(1, count));
        var reports = await Eventually.Until(
            () => _first.WithDbAsync(db => db.OutboxRowsAboutAsync(unit)),
            rs => rs.Count(r => r.MessageType == typeof(StatutoryDeadlineElapsed).FullName) >= Documents,
            "every missed filing is reported");
        var reportedDocuments = reports.Where(r => r.MessageType == typeof(StatutoryDeadlineElapsed).FullName)
            .Select(r => drafts.Single(d => r.Body.Contains(d.ToString(), StringComparison.Ordinal))).ToList();
        Assert.Equal(drafts.Order(), reportedDocuments.Order());
    }

    /// <summary>The steps from draft to publication on <paramref name="host"/>, dated by the test clock; answers the number.</summary>
    private async Task<string> PublishAsync(DocumentsHost host, string unit, Guid id)
    {
        using var client = host.CreateClientFor(unit);
        var today = StatutoryTime.Today(_time);
        var steps = new (string Step, object Body)[]
        {
            ("legality-review/submission", new { }),
            ("legality-review", new { checklist = new { createsLicences = false, createsPenalties = false, createsCoerciveMeasures = false, createsFees = false, reducesRightsOrAddsObligationsWithoutBasis = false, restrictsCompetition = false }, conclusion = "Lawful", opinion = "同意" }),
            ("collective-discussion", new { meetingDate = today, meetingType = "Executive", outcome = "Adopted", minutes = "通过" }),
            ("publish", new { effectiveFrom = today, expiresOn = today.AddYears(2) }),
        };
        HttpResponseMessage? response = null;
        foreach (var (step, body) in steps)
        {
            response = await client.PostAsJsonAsync($"/api/documents/{id}/{step}", body);
            Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response!.Content.ReadFromJsonAsync<DocumentResponse>(Json.Options))!.Number!;
    }

    /// <summary>The numbers of the unit's DocumentPublished messages in the test's queue (other tests share the broker).</summary>
    private async Task<List<string>> DrainAsync(string unit)
    {
        var numbers = new List<string>();
        while (await _channel.BasicGetAsync(_published, autoAck: true) is { } message)
        {
            var body = Encoding.UTF8.GetString(message.Body.Span);
            if (body.Contains(unit, StringComparison.Ordinal))
            {
                using var json = System.Text.Json.JsonDocument.Parse(body);
                numbers.Add(NumberIn(json.RootElement) ?? throw new InvalidOperationException("No number in " + body));
            }
        }

        return numbers;
    }

    /// <summary>The event's <c>number</c>, wherever the envelope puts the message.</summary>
    private static string? NumberIn(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject()
            .Select(p => p.NameEquals("number") && p.Value.ValueKind == System.Text.Json.JsonValueKind.String ? p.Value.GetString() : NumberIn(p.Value))
            .FirstOrDefault(n => n is not null),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().Select(NumberIn).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static int SequenceOf(string number) =>
        int.Parse(number[(number.IndexOf('〕', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
}
