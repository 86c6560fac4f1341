using System.Text.Json;
using MassTransit;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.BuildingBlocks.Messaging;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.Appraisal.Consumers;

/// <summary>Keeps every event of the district as evidence of the unit it concerns (APP-1, APP-2).</summary>
public sealed class EvidenceConsumer(AppraisalDbContext db, TimeProvider time, ILogger<EvidenceConsumer> logger)
    : InboxConsumer<IIntegrationEvent>(db, time, logger)
{
    protected override Task HandleAsync(ConsumeContext<IIntegrationEvent> context)
    {
        var message = context.Message;
        db.Evidence.Add(Evidence.Of(message.EventId, EventTypeOf(context), message.UnitId, message.RecordId, message.OccurredAt, Time.GetUtcNow(), PayloadOf(context)));
        return Task.CompletedTask;
    }

    /// <summary>The event as published: the body of the message (CloudEvents binary mode), with every field of the concrete event.</summary>
    private static string PayloadOf(ConsumeContext context)
    {
        try
        {
            using var body = JsonDocument.Parse(context.ReceiveContext.Body.GetBytes());
            return body.RootElement.GetRawText();
        }
        catch (JsonException)
        {
            return "{}";
        }
    }

    /// <summary>The contract name of the published type ("RuleOfLaw.Contracts.Area.Name"), from the event's CloudEvents type.</summary>
    private static string EventTypeOf(ConsumeContext context)
    {
        var type = context.Headers.Get<string>(CloudEvent.HeaderPrefix + "type") ?? "";
        return EventTypes.TypeOf(type)?.FullName ?? type;
    }
}
