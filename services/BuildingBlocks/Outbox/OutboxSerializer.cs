using System.Text.Json;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.BuildingBlocks.Outbox;

/// <summary>Turns events into outbox rows and back. Types are looked up by full name in the Contracts assembly only.</summary>
internal static class OutboxSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

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

    /// <summary>The event and its type, or null when the type is unknown (a row that can never be published).</summary>
    public static (object Message, Type Type)? FromRow(OutboxMessage row)
    {
        var type = typeof(IntegrationEvent).Assembly.GetType(row.MessageType, throwOnError: false);
        if (type is null || !type.IsAssignableTo(typeof(IntegrationEvent)))
        {
            return null;
        }

        var message = JsonSerializer.Deserialize(row.Body, type, Options);
        return message is null ? null : (message, type);
    }
}
