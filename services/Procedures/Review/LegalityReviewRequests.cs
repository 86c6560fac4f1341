using FluentValidation;

namespace RuleOfLaw.Procedures.Review;

/// <summary>The legal office's conclusion: its record's checklist answered point by point. The reviewer is the caller (the token), never a name in the body.</summary>
public sealed record LegalityReviewRequest<TChecklist>(TChecklist Checklist, LegalityConclusion Conclusion, string Opinion)
    where TChecklist : ILegalityChecklist
{
    /// <summary>Concludes the review of <paramref name="record"/>, signed by <paramref name="reviewer"/>, the caller.</summary>
    public void ConcludeOn(ILegallyReviewedRecord<TChecklist> record, string reviewer, DateTimeOffset now) =>
        record.ConcludeLegalityReview(Checklist, Conclusion, Opinion, reviewer, now);
}

internal sealed class LegalityReviewValidator<TChecklist> : AbstractValidator<LegalityReviewRequest<TChecklist>>
    where TChecklist : ILegalityChecklist
{
    public LegalityReviewValidator()
    {
        RuleFor(x => x.Checklist).NotNull();
        RuleFor(x => x.Conclusion).IsInEnum();
        RuleFor(x => x.Opinion).NotEmpty().MaximumLength(20_000);
    }
}
