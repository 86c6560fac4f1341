namespace RuleOfLaw.Decisions.Features;

/// <summary>合法性审查 (DEC-6): the draft goes to the legal office, whose review period starts.</summary>
internal static class SubmitForLegalityReview
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/legality-review/submission", (d, t, settings) => d.SubmitForLegalityReview(t.Today, settings.ReviewWorkingDays, t.Calendar, t.Now))
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DecisionResponse>()
        .WithName("SubmitDecisionForLegalityReview")
        .WithSummary("Sends the draft to the legal office once comment, hearing and risk steps are complete (a recorded risk found controllable) and the package pieces gathered before review are present; its at least 7 working days start (DEC-5, DEC-6, DEC-7).");
}
