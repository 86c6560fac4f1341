using FluentValidation;

namespace RuleOfLaw.Procedures.Review;

/// <summary>The legal office's conclusion: its record's checklist answered point by point.</summary>
public sealed record LegalityReviewRequest<TChecklist>(TChecklist Checklist, LegalityConclusion Conclusion, string Opinion, string Reviewer)
    where TChecklist : ILegalityChecklist;

internal sealed class LegalityReviewValidator<TChecklist> : AbstractValidator<LegalityReviewRequest<TChecklist>>
    where TChecklist : ILegalityChecklist
{
    public LegalityReviewValidator()
    {
        RuleFor(x => x.Checklist).NotNull();
        RuleFor(x => x.Conclusion).IsInEnum();
        RuleFor(x => x.Opinion).NotEmpty().MaximumLength(20_000);
        RuleFor(x => x.Reviewer).NotEmpty().MaximumLength(100);
    }
}
