namespace RuleOfLaw.NormativeDocuments.Features;

internal static class PublishCommentFeedback
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/comment-feedback", (Guid id, TextRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, c) => d.PublishCommentFeedback(request.Text.Trim(), c.Now), ct))
        .Validate<TextRequest>()
        .WithRequestExample(Examples.Feedback)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PublishCommentFeedback")
        .WithSummary("Publishes the feedback on which comments were adopted (required when tied to market activity, DOC-2).");
}
