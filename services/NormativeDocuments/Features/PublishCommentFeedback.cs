namespace RuleOfLaw.NormativeDocuments.Features;

internal static class PublishCommentFeedback
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/comment-feedback", Examples.Feedback, (d, request, c) => d.PublishCommentFeedback(request.Text.Trim(), c.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PublishCommentFeedback")
        .WithSummary("Publishes the feedback on which comments were adopted (required when tied to market activity, DOC-2).");
}
