namespace RuleOfLaw.NormativeDocuments.Features;

internal static class CloseComment
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/close-comment", (Guid id, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, c) => d.CloseComment(c.Today, c.Now), ct))
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DocumentResponse>()
        .WithName("CloseComment")
        .WithSummary("Closes a comment period that has run (it also closes by itself the day after).");
}
