namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>附带审查 (DOC-14): the issuing unit is asked for its answer; its 10-day clock starts.</summary>
internal static class AskIssuer
{
    public static void Map(RouteGroupBuilder incidental) =>
        incidental.MapPost("/{id:guid}/issuer-request", (Guid id, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(db.IncidentalReviews, id, (review, c) => review.AskIssuer(c.Calendar, c.Now), IncidentalReviewResponse.From, ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.LegalOffice, Roles.ReconsiderationOfficer)
        .WithName("AskIssuer")
        .WithSummary("Asks the issuing unit for its answer, due within 10 days (DOC-14).");
}
