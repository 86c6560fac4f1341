using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RuleOfLaw.BuildingBlocks.Messaging;

/// <summary>
/// One event as it leaves the system, on the bus and in the replay feed alike: the CloudEvents 1.0
/// attributes and the event's JSON (<c>data</c>). See docs/decisions/0015-cloudevents-binary-mode.md.
/// </summary>
/// <param name="Id">The event id (<c>eventId</c> in the data), the AMQP <c>message_id</c>.</param>
/// <param name="Type">The event type, e.g. <c>ruleoflaw.normative-documents.document-published</c>.</param>
/// <param name="Source">The publishing service, e.g. <c>/ruleoflaw/normative-documents</c>.</param>
/// <param name="Subject">The record the event is about (<c>recordId</c>).</param>
/// <param name="Time">When the fact happened (<c>occurredAt</c>).</param>
/// <param name="Data">The event as JSON, valid against the type's JSON Schema.</param>
/// <param name="Position">Its position in the publishing service's replay feed.</param>
/// <param name="TraceParent">W3C trace parent of the request that caused it, if any.</param>
public sealed record CloudEvent(Guid Id, string Type, string Source, string Subject, DateTimeOffset Time, string Data, long Position, string? TraceParent)
{
    public const string SpecVersion = "1.0";

    public const string DataContentType = "application/json";

    /// <summary>AMQP application-property prefix of the CloudEvents AMQP binding.</summary>
    public const string HeaderPrefix = "cloudEvents:";

    /// <summary>How an event's <see cref="Data"/> is written: camelCase, and times as RFC 3339 with microseconds and an offset (<see cref="FormatTime"/>).</summary>
    internal static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web) { Converters = { new Rfc3339TimeConverter() } };

    /// <summary>
    /// RFC 3339 with microseconds and an explicit offset, e.g. <c>2026-03-02T09:30:00.000000+08:00</c>:
    /// what Python's <c>datetime.fromisoformat</c> (every version since 3.7) and JavaScript's <c>Date.parse</c> accept.
    /// </summary>
    public static string FormatTime(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// The CloudEvents <c>source</c> of this service's events: <c>/ruleoflaw/&lt;service&gt;</c>, or the name in
    /// <c>Messaging:EventSource</c> (test hosts that share a broker each take their own, as they do queue prefixes).
    /// </summary>
    public static string SourceOf(Microsoft.Extensions.Configuration.IConfiguration configuration, Hosting.ServiceNames names)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(names);
        return Contracts.EventTypes.SourceOf(configuration["Messaging:EventSource"] ?? names.Name);
    }

    /// <summary>An event as the relay would publish it for <paramref name="service"/>; for tests that stand in for another service.</summary>
    public static CloudEvent Of(Contracts.IntegrationEvent integrationEvent, string service, long position = 0)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var data = System.Text.Json.JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), DataOptions);
        return new CloudEvent(integrationEvent.EventId, Contracts.EventTypes.NameOf(integrationEvent.GetType()), Contracts.EventTypes.SourceOf(service),
            integrationEvent.RecordId.ToString(), integrationEvent.OccurredAt, data, position, null);
    }

    private sealed class Rfc3339TimeConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(FormatTime(value));
    }
}
