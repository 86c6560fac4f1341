using System.Text.Json;
using MassTransit;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.Appraisal.Consumers;

/// <summary>Keeps every event of the district as evidence of the unit it concerns (APP-1, APP-2).</summary>
public sealed class EvidenceConsumer(AppraisalDbContext db, TimeProvider time, ILogger<EvidenceConsumer> logger)
    : InboxConsumer<IIntegrationEvent>(db, time, logger)
{
    private const string MessageUrnPrefix = "urn:message:";

    protected override Task HandleAsync(ConsumeContext<IIntegrationEvent> context)
    {
        var message = context.Message;
        db.Evidence.Add(Evidence.Of(message.EventId, EventTypeOf(context), message.UnitId, message.RecordId, message.OccurredAt, Time.GetUtcNow(), PayloadOf(context)));
        return Task.CompletedTask;
    }

    /// <summary>The event as published: the "message" of the JSON envelope, with every field of the concrete event.</summary>
    private static string PayloadOf(ConsumeContext context)
    {
        try
        {
            using var envelope = JsonDocument.Parse(context.ReceiveContext.Body.GetBytes());
            return envelope.RootElement.ValueKind == JsonValueKind.Object && envelope.RootElement.TryGetProperty("message", out var message)
                ? message.GetRawText()
                : envelope.RootElement.GetRawText();
        }
        catch (JsonException)
        {
            return "{}";
        }
    }

    /// <summary>The most specific type the publisher sent: the first message type, "urn:message:Namespace:Name".</summary>
    private static string EventTypeOf(ConsumeContext context)
    {
        var urn = context.SupportedMessageTypes.FirstOrDefault() ?? "";
        return urn.StartsWith(MessageUrnPrefix, StringComparison.Ordinal) ? urn[MessageUrnPrefix.Length..].Replace(':', '.') : urn;
    }
}
