using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.NormativeDocuments.Features;

internal static class DisposeComment
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/comments/{commentId:guid}/disposition", (Guid id, Guid commentId, DisposeCommentRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, c) => request.ApplyTo(d, commentId, c.Now), ct))
        .Validate<DisposeCommentRequest>()
        .WithRequestExample(Examples.Dispose)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DocumentResponse>()
        .WithName("DisposeComment")
        .WithSummary("Records whether a comment was adopted, partly adopted or not, with the reason (DOC-2).");
}
