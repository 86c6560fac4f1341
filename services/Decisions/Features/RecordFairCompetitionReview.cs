using RuleOfLaw.Procedures.FairCompetition;

namespace RuleOfLaw.Decisions.Features;

/// <summary>公平竞争审查 of a draft affecting market activity, a piece of the meeting package (DEC-7).</summary>
internal static class RecordFairCompetitionReview
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/fair-competition-review", (Guid id, FairCompetitionReviewRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, t) => d.RecordFairCompetitionReview(request.Conclusion.Trim(), t.Now), ct))
        .Validate<FairCompetitionReviewRequest>()
        .WithRequestExample(Examples.FairCompetitionReview)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DecisionResponse>()
        .WithName("RecordDecisionFairCompetitionReview")
        .WithSummary("Records the fair-competition review of a draft affecting market activity, a piece of the meeting package (DEC-7).");
}
