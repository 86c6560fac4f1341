namespace RuleOfLaw.Contracts;

/// <summary>
/// Base of every concrete event record. A class's name and namespace make its event type
/// (<see cref="EventTypes.NameOf"/>): never rename or move one; an incompatible change is a new type (docs/events.md, "Versions").
/// </summary>
public abstract record IntegrationEvent : IIntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; }

    public required string UnitId { get; init; }

    public required Guid RecordId { get; init; }

    public int SchemaVersion { get; init; } = 1;

    /// <summary>The <c>X-Correlation-Id</c> of the request that caused the event, if it came from one.</summary>
    public string? CorrelationId { get; init; }
}
