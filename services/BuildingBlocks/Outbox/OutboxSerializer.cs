using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.BuildingBlocks.Messaging;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.BuildingBlocks.Outbox;

/// <summary>Turns events into outbox rows and rows into the events the relay publishes. Types are looked up in the Contracts assembly only.</summary>
internal static class OutboxSerializer
{
    /// <summary>camelCase, and times as RFC 3339 with microseconds and an offset (<see cref="CloudEvent.FormatTime"/>).</summary>
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new Rfc3339TimeConverter() } };

    public static OutboxMessage ToRow(IntegrationEvent integrationEvent, string? traceParent) => new()
    {
        MessageId = integrationEvent.EventId,
        MessageType = integrationEvent.GetType().FullName!,
        Body = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options),
        OccurredAt = integrationEvent.OccurredAt,
        TraceParent = traceParent,
        // Publishable at once by the relay's clock (the system's): the event's own time is business
        // time, which a service may take from another clock (a test's, or a back-dated import).
        NextAttemptAt = TimeProvider.System.GetUtcNow(),
    };

    /// <summary>The contract type of a row, or null when it is unknown (a row that can never be published).</summary>
    public static Type? TypeOf(OutboxMessage row)
    {
        var type = typeof(IntegrationEvent).Assembly.GetType(row.MessageType, throwOnError: false);
        return type is not null && type.IsAssignableTo(typeof(IntegrationEvent)) && !type.IsAbstract ? type : null;
    }

    /// <summary>What the relay publishes for a row at a feed position; null when the body is not an event.</summary>
    public static (CloudEvent Event, string UnitId)? ToCloudEvent(OutboxMessage row, Type type, string source, long position)
    {
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
            return (cloudEvent, unit.GetString()!);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Rfc3339TimeConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(CloudEvent.FormatTime(value));
    }
}
