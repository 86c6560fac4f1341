namespace RuleOfLaw.NormativeDocuments.Features;

internal static class RevokeDocument
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/revoke", (Guid id, TextRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, c) => d.Revoke(request.Text.Trim(), c.Today, c.Now), ct))
        .Validate<TextRequest>()
        .WithRequestExample(Examples.Revoke)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Filing review")
        .ForSupervisingBody()
        .WithName("RevokeDocument")
        .WithSummary("Revokes a document whose review requested it: it leaves force and the revocation is published (DOC-10).");
}
