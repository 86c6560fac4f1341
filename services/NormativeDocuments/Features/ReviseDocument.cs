namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>A corrected text of a draft; the earlier text stays readable as a version.</summary>
public sealed record ReviseDocumentRequest(string Title, string Body, string Reason);

internal sealed class ReviseDocumentValidator : AbstractValidator<ReviseDocumentRequest>
{
    public ReviseDocumentValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Body).NotNull().MaximumLength(200_000);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

internal static class ReviseDocument
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/revise", Examples.Revise, (d, request, c) => d.Revise(request.Title.Trim(), request.Body, request.Reason, c.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("ReviseDocument")
        .WithSummary("Revises a draft's text (a new version), before or after its comment period; a reviewed draft goes back to where it was sent to review from.");
}
