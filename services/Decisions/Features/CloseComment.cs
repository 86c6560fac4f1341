namespace RuleOfLaw.Decisions.Features;

/// <summary>Closes a comment period that has run (DEC-2); its clock also closes it the day after it ends.</summary>
internal static class CloseComment
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/close-comment", (d, t) => d.CloseComment(t.Today, t.Now))
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DecisionResponse>()
        .WithName("CloseDecisionComment")
        .WithSummary("Closes a comment period that has run (it also closes by itself the day after).");
}
