namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record ConcludeIncidentalReviewRequest(IReadOnlyList<string> UnlawfulClauses, string Reasoning);

internal sealed class ConcludeIncidentalReviewValidator : AbstractValidator<ConcludeIncidentalReviewRequest>
{
    public ConcludeIncidentalReviewValidator()
    {
        RuleFor(x => x.UnlawfulClauses).NotNull().MaximumCount(500);
        RuleForEach(x => x.UnlawfulClauses).MaximumLength(2000);
        RuleFor(x => x.Reasoning).NotEmpty().MaximumLength(20_000);
    }
}

internal static class ConcludeIncidentalReview
{
    public static void Map(RouteGroupBuilder incidental) =>
        incidental.MapPost("/{id:guid}/conclusion", (Guid id, ConcludeIncidentalReviewRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            commands.RunWithDocumentAsync(
                db.IncidentalReviews, id, r => r.DocumentId, (r, document, c) => r.Conclude(request.UnlawfulClauses, request.Reasoning.Trim(), document, c.Today, c.Now), IncidentalReviewResponse.From, ct))
        .Validate<ConcludeIncidentalReviewRequest>()
        .WithRequestExample(Examples.Conclusion)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.LegalOffice, Roles.ReconsiderationOfficer)
        .WithName("ConcludeIncidentalReview")
        .WithSummary("Decides the review; each clause found unlawful is suspended and the case is told (DOC-14).");
}
