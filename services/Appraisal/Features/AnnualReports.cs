using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>A yearly report as the API shows it (APP-4): public once filed.</summary>
public sealed record AnnualReportResponse(
    Guid Id, Guid CycleId, int Year, string UnitId, ReportingLevel Level, IReadOnlyList<string> Recipients, string Title, string Text, DateOnly FiledOn, DateTimeOffset FiledAt)
{
    public static AnnualReportResponse From(AnnualReport r) => new(r.Id, r.CycleId, r.Year, r.UnitId, r.Level, r.Recipients, r.Title, r.Text, r.FiledOn, r.FiledAt);
}

/// <summary>
/// A cycle's yearly reports, district-wide: each unit's that was filed, and, once the cycle is frozen, the appraised units
/// that filed none (null while the cycle is open).
/// </summary>
public sealed record CycleReportsResponse(Guid CycleId, int Year, Page<AnnualReportResponse> Reports, IReadOnlyList<string>? UnitsWithoutReport);

internal static class AnnualReports
{
    public static void Map(RouteGroupBuilder appraisal)
    {
        appraisal.MapGet("/cycles/{id:guid}/reports", async Task<Results<Ok<CycleReportsResponse>, NotFound>> (
            Guid id, [AsParameters] PageRequest paging, AppraisalDbContext db, CancellationToken ct) =>
        {
            var cycle = await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
            if (cycle is null)
            {
                return TypedResults.NotFound();
            }

            var reports = db.Reports.AsNoTracking().Where(r => r.CycleId == id);
            var page = await paging.ApplyAsync(reports.OrderBy(r => r.UnitId).ThenBy(r => r.Id), AnnualReportResponse.From, ct);

            // The units the cycle appraises are known once it is frozen: those of its results.
            var missing = cycle.Status == CycleStatus.Open ? null : cycle.Results.Where(r => !r.ReportFiled).Select(r => r.UnitId).Order(StringComparer.Ordinal).ToList();
            return TypedResults.Ok(new CycleReportsResponse(id, cycle.Year, page, missing));
        })
        .Validate<PageRequest>()
        .WithName("ListAnnualReports")
        .WithSummary("The yearly reports filed in a cycle, district-wide, by unit, and once the cycle is frozen the appraised units that filed none (APP-4). Public.");

        appraisal.MapGet("/reports/{id:guid}", (Guid id, AppraisalDbContext db, CancellationToken ct) => db.Reports.ShowAsync(id, AnnualReportResponse.From, ct))
            .WithName("GetAnnualReport")
            .WithSummary("A yearly report on law-based administration, with whom it went to (APP-4). Public.");
    }
}
