namespace RuleOfLaw.Appraisal.Domain;

/// <summary>
/// 考核依据 — one event another service published about a unit, kept as it arrived. Scores are computed
/// from evidence and list it (APP-2: explainable, and replaying the same evidence gives the same score).
/// </summary>
public sealed class Evidence
{
    private Evidence()
    {
    }

    /// <summary>The event id: one piece of evidence per event, however often it is delivered.</summary>
    public Guid EventId { get; private init; }

    /// <summary>The event's contract name, e.g. "RuleOfLaw.Contracts.NormativeDocuments.DocumentDrafted".</summary>
    public string EventType { get; private init; } = "";

    public string UnitId { get; private init; } = "";

    public Guid RecordId { get; private init; }

    public DateTimeOffset OccurredAt { get; private init; }

    public DateTimeOffset ReceivedAt { get; private init; }

    /// <summary>The event as published (JSON): the fields an indicator reads, e.g. a filing's <c>onTime</c>.</summary>
    public string Payload { get; private init; } = "{}";

    /// <summary>Evidence of an event; its instants are kept in UTC, whatever offset the publisher wrote.</summary>
    public static Evidence Of(Guid eventId, string eventType, string unitId, Guid recordId, DateTimeOffset occurredAt, DateTimeOffset receivedAt, string payload = "{}") => new()
    {
        Payload = payload,
        EventId = eventId,
        EventType = eventType,
        UnitId = unitId,
        RecordId = recordId,
        OccurredAt = occurredAt.ToUniversalTime(),
        ReceivedAt = receivedAt.ToUniversalTime(),
    };
}
