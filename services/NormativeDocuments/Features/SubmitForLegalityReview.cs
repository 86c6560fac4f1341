namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>合法性审核 (DOC-3): the draft goes to the legal office; its review clock starts.</summary>
internal static class SubmitForLegalityReview
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/legality-review/submission", (d, c) => d.SubmitForLegalityReview(c.Today, c.Settings.LegalityReviewWorkingDays, c.Calendar, c.Now))
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DocumentResponse>()
        .WithName("SubmitForLegalityReview")
        .WithSummary("Sends the draft to the legal office, once its public comment is complete (DOC-2); the review clock starts (DOC-3).");
}
