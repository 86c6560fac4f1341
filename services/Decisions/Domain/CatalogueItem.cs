namespace RuleOfLaw.Decisions.Domain;

/// <summary>A planned major decision in a catalogue, with its lead undertaking unit.</summary>
public sealed class CatalogueItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    /// <summary>决策承办单位.</summary>
    public required string LeadUnitId { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Added after the catalogue was published (an adjustment, shown as such with its reason).</summary>
    public bool AddedAfterPublication { get; init; }

    public string? AdditionReason { get; init; }
}
