namespace RuleOfLaw.Contracts;

/// <summary>
/// What every integration event carries. Every event is published once, on the topic exchange
/// <see cref="EventTypes.Exchange"/> with its type (<see cref="EventTypes.NameOf"/>) as routing key;
/// a queue bound with <c>#</c> receives all of them (docs/events.md).
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Unique per event; equals the AMQP message id and the CloudEvents id, so consumers can deduplicate.</summary>
    Guid EventId { get; }

    /// <summary>When the fact happened (UTC).</summary>
    DateTimeOffset OccurredAt { get; }

    /// <summary>The administrative unit that owns the record.</summary>
    string UnitId { get; }

    /// <summary>The record the fact is about.</summary>
    Guid RecordId { get; }

    /// <summary>
    /// The revision of the type's fields: incremented when a compatible, optional field is added. A
    /// changed meaning or any incompatible change is never a new version but a new type (docs/events.md, "Versions").
    /// </summary>
    int SchemaVersion { get; }
}
