namespace RuleOfLaw.Contracts;

/// <summary>
/// What every integration event carries. Subscribing to this interface receives every event of
/// the district (MassTransit publishes each event on the exchanges of its interfaces too).
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Unique per event; equals the message id, so consumers can deduplicate.</summary>
    Guid EventId { get; }

    /// <summary>When the fact happened (UTC).</summary>
    DateTimeOffset OccurredAt { get; }

    /// <summary>The administrative unit that owns the record.</summary>
    string UnitId { get; }

    /// <summary>The record the fact is about.</summary>
    Guid RecordId { get; }

    /// <summary>Incremented when a field's meaning changes; new fields keep the version.</summary>
    int SchemaVersion { get; }
}
