namespace RuleOfLaw.Decisions.Features;

/// <summary>公开征求意见 (DEC-2): the draft opens for comment; its period closes by itself the day after it ends.</summary>
internal static class OpenComment
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/comment-period", Examples.OpenComment, (d, request, t, settings) =>
            d.OpenForComment(request.OpensOn, request.ClosesOn, request.ShorterPeriodReason, t.Today, t.Calendar, settings, t.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("OpenDecisionComment")
        .WithSummary("Opens the draft for public comment: at least 30 days, shorter only with a reason published with the notice (DEC-2).");
}
