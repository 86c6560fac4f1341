namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>异议 (DOC-13): anyone's objection to a published document, signed or anonymous.</summary>
public sealed record SubmitObjectionRequest(string? Objector, string Content);

internal sealed class SubmitObjectionValidator : AbstractValidator<SubmitObjectionRequest>
{
    public SubmitObjectionValidator()
    {
        RuleFor(x => x.Objector).MaximumLength(100);
        RuleFor(x => x.Content).NotEmpty().MaximumLength(10_000);
    }
}

internal static class SubmitObjection
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/objections", (Guid id, SubmitObjectionRequest request, DocumentsDbContext db, DocumentCommands commands, HttpContext http, CancellationToken ct) =>
            commands.CreateOnAsync(
                id,
                (d, c) =>
                {
                    // A signed-in objector signs with the name in their token, not one the client sends.
                    var objection = Objection.Submit(d, CallerClaims.NameOf(http.User) ?? request.Objector?.Trim(), request.Content.Trim(), c.Today, c.Calendar, c.Settings, c.Now);
                    db.Objections.Add(objection);
                    return objection;
                },
                objection => $"{NormativeDocumentsService.Names.RoutePrefix}/objections/{objection.Id}",
                ObjectionResponse.From,
                ct))
        .Validate<SubmitObjectionRequest>()
        .WithRequestExample(Examples.Objection)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Objections")
        .ForAnyone()
        .WithName("SubmitObjection")
        .WithSummary("Anyone objects to a published document; the unit answers within 30 days (DOC-13).");
}
