namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>案卷评查 — the legal office published a year's case-file review; one event per reviewed unit with its average (ENF-9).</summary>
[PublicEvent]
public sealed record CaseFileReviewPublished : IntegrationEvent
{
    public required int Year { get; init; }

    public required string ReviewedUnitId { get; init; }

    public required decimal AverageScore { get; init; }

    public required int Files { get; init; }
}
