namespace RuleOfLaw.NormativeDocuments.Domain;

public enum ReviewOutcome
{
    Passed,
    CorrectionRequired,
    RevocationRequested,
}

/// <summary>
/// 备案审查清单 — what the supervising body checks (DOC-10, after the DOC-1 points): unlawful
/// obligations, reduced rights, local or sectoral protectionism. Every point is answered.
/// </summary>
public sealed record FilingReviewChecklist(bool? ImposesUnlawfulObligations, bool? ReducesRights, bool? LocalOrSectoralProtectionism)
{
    public bool Complete => ImposesUnlawfulObligations is not null && ReducesRights is not null && LocalOrSectoralProtectionism is not null;

    public bool Clean => ImposesUnlawfulObligations == false && ReducesRights == false && LocalOrSectoralProtectionism == false;
}

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
