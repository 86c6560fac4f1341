using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.Decisions.Features;

/// <summary>The legal office (which reviews every unit's drafts) concludes its review, signed by the caller; its review period stops (DEC-6).</summary>
internal static class ConcludeLegalityReview
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/legality-review", (Guid id, LegalityReviewRequest<DecisionLegalityChecklist> request, DecisionCommands commands, HttpContext http, CancellationToken ct) =>
            commands.RunAsync(id, (d, t) => request.ConcludeOn(d, CallerClaims.ActorOf(http.User), t.Now), ct))
        .Validate<LegalityReviewRequest<DecisionLegalityChecklist>>()
        .WithRequestExample(Examples.Review)
        .ForServingLegalOffice<MajorDecision>()
        .AnswersStep<DecisionResponse>()
        .WithName("ConcludeDecisionLegalityReview")
        .WithSummary("The legal office answers every point of its checklist and concludes lawful, lawful with changes, or unlawful (DEC-6).");
}
