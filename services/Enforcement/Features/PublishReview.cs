namespace RuleOfLaw.Enforcement.Features;

internal static class PublishReview
{
    public static void Map(RouteGroupBuilder enforcement)
    {
        enforcement.MapPost("/case-file-reviews/{id:guid}/publish", (Guid id, StepRequest request, EnforcementDbContext db, RecordCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(db.Reviews, id, (r, time) => r.Publish(request.On, time.Now), (r, _) => ReviewResponse.From(r), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.PublishReview)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.LegalOffice)
        .WithName("PublishReview")
        .WithSummary("Publishes the scores per unit once every sampled file is scored (ENF-9).");

        enforcement.MapGet("/case-file-reviews/{id:guid}", (Guid id, EnforcementDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var staff = http.User.IsInRole(Roles.LegalOffice) || http.User.IsInRole(Roles.Admin);
            return db.Reviews.ShowAsync(id, review => staff || review.Status == ReviewStatus.Published, ReviewResponse.From, ct);
        })
        .WithName("GetCaseFileReview")
        .WithSummary("A case-file review: public once published; the legal office sees it while scoring (ENF-9).");

        enforcement.MapGet("/case-file-reviews/results", async (int? year, EnforcementDbContext db, CancellationToken ct) =>
        {
            var published = await db.Reviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Published && (year == null || r.Year == year)).OrderBy(r => r.Year).ToListAsync(ct);
            return TypedResults.Ok(published.Select(r => new { r.Id, r.Year, r.PublishedOn, Units = r.UnitScores() }).ToList());
        })
        .WithName("CaseFileReviewResults")
        .WithSummary("The published case-file review scores per unit and year (public, ENF-9).");
    }
}
