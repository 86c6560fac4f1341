namespace RuleOfLaw.Decisions.Features;

/// <summary>公平竞争审查 of a draft affecting market activity, a piece of the meeting package (DEC-7).</summary>
internal static class RecordFairCompetitionReview
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/fair-competition-review", Examples.FairCompetitionReview, (d, request, t) => request.RecordOn(d, t.Now))
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DecisionResponse>()
        .WithName("RecordDecisionFairCompetitionReview")
        .WithSummary("Records the fair-competition review of a draft affecting market activity, a piece of the meeting package (DEC-7).");
}
