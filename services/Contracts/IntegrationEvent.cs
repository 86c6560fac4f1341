namespace RuleOfLaw.Contracts;

/// <summary>Base of every concrete event record. Names and namespaces are public API: never rename, add a new type.</summary>
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
