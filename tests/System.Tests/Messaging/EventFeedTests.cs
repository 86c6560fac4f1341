using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Contracts;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Messaging;

/// <summary>
/// What an outside system sees: a queue of its own bound to ruleoflaw.events with "#" gets each event
/// once, as a CloudEvent in binary mode, and the service's replay feed serves the same ids and bodies
/// in the same order, to district systems; the portal reads only the public ones.
/// </summary>
public sealed class EventFeedTests(DocumentsHost documents) : IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task An_outside_queue_bound_with_hash_gets_each_event_once_and_the_feed_serves_the_same_ids_bodies_and_order()
    {
        var unit = Units.New();
        await using var subscriber = await OutsideSubscriber.BindAsync();
        var draft = await documents.DraftAsync(unit, affectsRights: false);
        await documents.PublishAsync(unit, draft.Id);
        var written = (await documents.WithDbAsync(db => db.OutboxRowsAboutAsync(unit))).Count;

        var received = await Eventually.Until(() => Task.FromResult(subscriber.About(unit)), r => r.Count >= written, $"{written} events of the unit on the bus");
        Assert.Equal(written, received.Count);
        Assert.Equal(received.Count, received.Select(m => m.Id).Distinct().Count());
        Assert.Contains(received, m => m.Type == "ruleoflaw.normative-documents.document-published");
        foreach (var message in received)
        {
            Assert.Equal(message.Id, message.Header("cloudEvents:id"));
            Assert.Equal(message.Id, message.Body.GetProperty("eventId").GetString());
            Assert.Equal(message.Type, message.Header("cloudEvents:type"));
            Assert.Equal(message.Type, message.RoutingKey);
            Assert.Equal("1.0", message.Header("cloudEvents:specversion"));
            Assert.Equal("/ruleoflaw/normative-documents", message.Header("cloudEvents:source"));
            Assert.Equal("application/json", message.ContentType);
            Assert.NotNull(EventTypes.TypeOf(message.Type));
            // RFC 3339 with microseconds and an explicit offset, the form Python's fromisoformat and JavaScript's Date.parse read.
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}[+-]\d{2}:\d{2}$", message.Header("cloudEvents:time"));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}[+-]\d{2}:\d{2}$", message.Body.GetProperty("occurredAt").GetString());
            Assert.DoesNotContain(message.HeaderNames, h => h.StartsWith("MT-Host", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(Environment.MachineName, message.RawHeaders, StringComparison.OrdinalIgnoreCase);
        }

        using var system = documents.CreateClientFor(null, Roles.DistrictSystem);
        // The relay commits an event's feed row after the broker confirmed it, so a subscriber can hold an event
        // a moment before the feed does.
        var feed = await Eventually.Until(
            async () => (await ReadFeedAsync(system, "/api/documents/events?after=0&limit=500")).Where(e => e.GetProperty("data").GetProperty("unitId").GetString() == unit).ToList(),
            f => f.Count >= received.Count,
            $"{received.Count} events of the unit in the feed");
        Assert.Equal(received.Select(m => m.Id), feed.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(received.Select(m => m.RawBody), feed.Select(e => e.GetProperty("data").GetRawText()));
        Assert.Equal(received.Select(m => m.Header("cloudEvents:position")), feed.Select(e => e.GetProperty("position").GetString()));
        Assert.Equal(received.Select(m => m.Type), feed.Select(e => e.GetProperty("type").GetString()));

        // The CloudEvents reference SDK reads the feed as a valid batch, with the same attributes as the bus.
        var sdkEvents = await ReadWithCloudEventsSdkAsync(system, "/api/documents/events?after=0&limit=500");
        var sdkOurs = sdkEvents.Where(e => feed.Any(f => f.GetProperty("id").GetString() == e.Id)).ToList();
        Assert.Equal(received.Select(m => m.Id), sdkOurs.Select(e => e.Id));
        Assert.Equal(received.Select(m => m.Type), sdkOurs.Select(e => e.Type));
        Assert.All(sdkOurs, e => Assert.Equal(new Uri("/ruleoflaw/normative-documents", UriKind.Relative), e.Source));
        Assert.All(sdkOurs, e => Assert.Equal(DateTimeOffset.Parse(received.Single(m => m.Id == e.Id).Header("cloudEvents:time")!, CultureInfo.InvariantCulture), e.Time));

        // Resuming after a position gives exactly what came after it.
        var first = feed[0].GetProperty("position").GetString();
        var next = Assert.Single(await ReadFeedAsync(system, $"/api/documents/events?after={first}&limit=1"));
        var all = await ReadFeedAsync(system, "/api/documents/events?after=0&limit=500");
        var index = all.FindIndex(e => e.GetProperty("position").GetString() == first);
        Assert.Equal(all[index + 1].GetProperty("id").GetString(), next.GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_feed_is_for_district_systems_and_the_public_feed_serves_the_public_events_only()
    {
        var unit = Units.New();
        var draft = await documents.DraftAsync(unit, affectsRights: false);
        await documents.PublishAsync(unit, draft.Id);
        using var system = documents.CreateClientFor(null, Roles.DistrictSystem);
        await Eventually.Until(
            async () => (await ReadFeedAsync(system, "/api/documents/events?limit=500")).Count(e => e.GetProperty("data").GetProperty("unitId").GetString() == unit),
            count => count >= 5,
            "the unit's events in the feed");

        using var anonymous = documents.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/documents/events")).StatusCode);
        using var staff = documents.CreateClientFor(unit, Roles.UnitStaff, Roles.UnitHead, Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/documents/events")).StatusCode);

        var published = (await ReadFeedAsync(anonymous, "/api/documents/events/public?limit=500"))
            .Where(e => e.GetProperty("data").GetProperty("unitId").GetString() == unit)
            .Select(e => e.GetProperty("type").GetString()!)
            .ToList();
        Assert.Contains("ruleoflaw.normative-documents.document-published", published);
        Assert.DoesNotContain("ruleoflaw.normative-documents.document-drafted", published);
        Assert.All(published, type => Assert.True(EventTypes.IsPublic(EventTypes.TypeOf(type)!), type));
    }

    [Theory]
    [InlineData("after=-1", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    public async Task A_position_or_limit_out_of_range_is_400_with_the_field(string query, string field)
    {
        using var system = documents.CreateClientFor(null, Roles.DistrictSystem);
        var response = await system.GetAsync($"/api/documents/events?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private static async Task<IReadOnlyList<CloudNative.CloudEvents.CloudEvent>> ReadWithCloudEventsSdkAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        var position = CloudNative.CloudEvents.CloudEventAttribute.CreateExtension("position", CloudNative.CloudEvents.CloudEventAttributeType.String);
        var traceParent = CloudNative.CloudEvents.CloudEventAttribute.CreateExtension("traceparent", CloudNative.CloudEvents.CloudEventAttributeType.String);
        return new CloudNative.CloudEvents.SystemTextJson.JsonEventFormatter()
            .DecodeBatchModeMessage(body, new System.Net.Mime.ContentType(response.Content.Headers.ContentType!.ToString()), [position, traceParent]);
    }

    private static async Task<List<JsonElement>> ReadFeedAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/cloudevents-batch+json", response.Content.Headers.ContentType?.MediaType);
        var batch = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. batch.EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>An outside system's queue: exclusive, bound to the events exchange with "#", read with the plain RabbitMQ client.</summary>
    private sealed class OutsideSubscriber : IAsyncDisposable
    {
        private readonly List<Received> _received = [];
        private IConnection _connection = null!;
        private IChannel _channel = null!;

        public static async Task<OutsideSubscriber> BindAsync()
        {
            var servers = await TestServers.GetAsync();
            var subscriber = new OutsideSubscriber();
            subscriber._connection = await new ConnectionFactory { Uri = new Uri(servers.RabbitMq) }.CreateConnectionAsync();
            subscriber._channel = await subscriber._connection.CreateChannelAsync();
            await subscriber._channel.ExchangeDeclarePassiveAsync(EventTypes.Exchange);
            var queue = await subscriber._channel.QueueDeclareAsync("outside-" + Guid.NewGuid().ToString("N")[..8], durable: false, exclusive: true, autoDelete: true);
            await subscriber._channel.QueueBindAsync(queue.QueueName, EventTypes.Exchange, "#");
            var consumer = new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(subscriber._channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                lock (subscriber._received)
                {
                    subscriber._received.Add(new Received(delivery.RoutingKey, delivery.BasicProperties.MessageId!, delivery.BasicProperties.Type!, delivery.BasicProperties.ContentType,
                        delivery.BasicProperties.Headers?.ToDictionary(h => h.Key, h => h.Value is byte[] b ? Encoding.UTF8.GetString(b) : Convert.ToString(h.Value, CultureInfo.InvariantCulture)) ?? [],
                        Encoding.UTF8.GetString(delivery.Body.Span)));
                }

                return Task.CompletedTask;
            };
            await subscriber._channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
            return subscriber;
        }

        public List<Received> About(string unit)
        {
            lock (_received)
            {
                return [.. _received.Where(r => r.Body.GetProperty("unitId").GetString() == unit)];
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _channel.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }

    private sealed record Received(string RoutingKey, string Id, string Type, string? ContentType, Dictionary<string, string?> Headers, string RawBody)
    {
        public JsonElement Body { get; } = JsonDocument.Parse(RawBody).RootElement.Clone();

        public IEnumerable<string> HeaderNames => Headers.Keys;

        public string RawHeaders => string.Join("\n", Headers.Select(h => $"{h.Key}={h.Value}"));

        public string? Header(string name) => Headers.GetValueOrDefault(name);
    }
}
