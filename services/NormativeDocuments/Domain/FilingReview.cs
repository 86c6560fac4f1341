namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>备案审查 of one document: why it was opened, and its conclusion.</summary>
public sealed record FilingReview
{
    public required string OpenedBecause { get; init; }

    public DateOnly OpenedOn { get; init; }

    public FilingReviewChecklist? Checklist { get; init; }

    public ReviewOutcome? Outcome { get; init; }

    public string? Opinion { get; init; }

    public DateOnly? ConcludedOn { get; init; }

    /// <summary>What the public sees: why the review opened and how it concluded, without the checklist and the opinion.</summary>
    public FilingReview WithoutOpinion() => this with { Checklist = null, Opinion = null };
}
