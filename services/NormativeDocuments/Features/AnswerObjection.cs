namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record AnswerObjectionRequest(bool Upheld, string Answer);

internal sealed class AnswerObjectionValidator : AbstractValidator<AnswerObjectionRequest>
{
    public AnswerObjectionValidator() => RuleFor(x => x.Answer).NotEmpty().MaximumLength(20_000);
}

internal static class AnswerObjection
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/objections/{objectionId:guid}/answer", (Guid objectionId, AnswerObjectionRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            commands.RunWithDocumentAsync(
                db.Objections, objectionId, o => o.DocumentId, (o, document, c) => o.AnswerWith(request.Upheld, request.Answer.Trim(), document, c.Today, c.Now), ObjectionResponse.From, ct))
        .Validate<AnswerObjectionRequest>()
        .WithRequestExample(Examples.Answer)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Objections")
        .ForOwnUnitAt<Objection>("objectionId", Roles.UnitStaff, Roles.UnitHead)
        .WithName("AnswerObjection")
        .WithSummary("Publishes the answer to an objection; an upheld objection opens a review of the document (DOC-13).");
}
