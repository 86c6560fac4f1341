namespace RuleOfLaw.NormativeDocuments.Features;

internal static class RecordIssuerAnswer
{
    public static void Map(RouteGroupBuilder incidental) =>
        incidental.MapPost("/{id:guid}/issuer-answer", (Guid id, TextRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(db.IncidentalReviews, id, (review, c) => review.RecordIssuerAnswer(request.Text.Trim(), c.Now), IncidentalReviewResponse.From, ct))
        .Validate<TextRequest>()
        .WithRequestExample(Examples.IssuerAnswer)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<IncidentalReview>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("RecordIssuerAnswer")
        .WithSummary("Records the issuing unit's answer (DOC-14).");
}
