namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>备案审查 (DOC-10): the supervising body's checklist, outcome and opinion.</summary>
public sealed record FilingReviewRequest(FilingReviewChecklist Checklist, ReviewOutcome Outcome, string Opinion);

internal sealed class FilingReviewValidator : AbstractValidator<FilingReviewRequest>
{
    public FilingReviewValidator()
    {
        RuleFor(x => x.Checklist).NotNull();
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Opinion).NotEmpty().MaximumLength(20_000);
    }
}

internal static class ConcludeFilingReview
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/filing-review", Examples.FilingReview, (d, request, c) => d.ConcludeReview(request.Checklist, request.Outcome, request.Opinion.Trim(), c.Today, c.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Filing review")
        .ForSupervisingBody()
        .WithName("ConcludeFilingReview")
        .WithSummary("The supervising body concludes its review: passed, correction required, or revocation requested (DOC-10).");
}
