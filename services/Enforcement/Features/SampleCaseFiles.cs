namespace RuleOfLaw.Enforcement.Features;

/// <summary>Starts a year's case-file review: up to <see cref="PerUnit"/> closed files of each unit are drawn.</summary>
public sealed record SampleCaseFilesRequest(int Year, int PerUnit);

internal sealed class SampleCaseFilesValidator : AbstractValidator<SampleCaseFilesRequest>
{
    public SampleCaseFilesValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.PerUnit).InclusiveBetween(1, 100);
    }
}

internal static class SampleCaseFiles
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/case-file-reviews", async (SampleCaseFilesRequest request, EnforcementDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            var closed = await db.Cases.AsNoTracking().Where(c => c.ClosedOn != null && c.ClosedOn.Value.Year == request.Year).ToListAsync(ct);
            var review = CaseFileReview.Sample(CallerClaims.UnitOf(http.User) ?? "legal-office", request.Year, closed, request.PerUnit, time.GetUtcNow());
            return await db.CreatedAsync(review, $"case-file-reviews/{review.Id}", ReviewResponse.From, ct);
        })
        .AsCreation(Examples.Sample)
        .ForRoles(Roles.LegalOffice)
        .WithName("SampleCaseFiles")
        .WithSummary("案卷评查: the legal office draws a sample of each unit's closed case files of a year (ENF-9).");
}
