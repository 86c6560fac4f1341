namespace RuleOfLaw.NormativeDocuments.Features;

internal static class ListIncidentalReviews
{
    public static void Map(RouteGroupBuilder incidental) =>
        incidental.MapGet("/", async (Guid? caseId, DocumentsDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var reviews = db.IncidentalReviews.AsNoTracking();
            if (caseId is { } id)
            {
                reviews = reviews.Where(r => r.CaseId == id);
            }

            return TypedResults.Ok((await reviews.OrderByDescending(r => r.ReceivedOn).Take(100).ToListAsync(ct))
                .Select(r => IncidentalReviewResponse.From(r, RecordViews.For(http, r.UnitId, Roles.ReconsiderationOfficer))).ToList());
        })
        .WithName("ListIncidentalReviews")
        .WithSummary("Incidental reviews, optionally of one reconsideration case (DOC-14); the issuing unit's answer and the reasoning are public once decided.");
}
