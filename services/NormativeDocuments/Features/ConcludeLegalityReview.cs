using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>The legal office's conclusion (it reviews every unit's drafts), signed by the caller; the review clock stops.</summary>
internal static class ConcludeLegalityReview
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/legality-review", (Guid id, LegalityReviewRequest<LegalityChecklist> request, DocumentCommands commands, HttpContext http, CancellationToken ct) =>
            commands.RunAsync(id, (d, c) => request.ConcludeOn(d, CallerClaims.ActorOf(http.User), c.Now), ct))
        .Validate<LegalityReviewRequest<LegalityChecklist>>()
        .WithRequestExample(Examples.Review)
        .ForServingLegalOffice<NormativeDocument>()
        .AnswersStep<DocumentResponse>()
        .WithName("ConcludeLegalityReview")
        .WithSummary("The legal office answers every point of the DOC-1 checklist and concludes lawful, lawful with changes, or unlawful (DOC-3).");
}
