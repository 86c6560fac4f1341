namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>One document in a cleanup campaign and what the campaign decided for it.</summary>
public sealed class CleanupItem
{
    public Guid DocumentId { get; init; }

    public required string Number { get; init; }

    public required string Title { get; init; }

    public CleanupResult? Result { get; set; }

    public DateOnly? RepealOn { get; set; }

    public string? Reason { get; set; }
}
