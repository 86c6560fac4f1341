using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.Appraisal.Domain;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Validation;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>A yearly report as the API shows it (APP-4): public once filed.</summary>
public sealed record AnnualReportResponse(
    Guid Id, Guid CycleId, int Year, string UnitId, ReportingLevel Level, IReadOnlyList<string> Recipients, string Title, string Text, DateOnly FiledOn, DateTimeOffset FiledAt)
{
    public static AnnualReportResponse From(AnnualReport r) => new(r.Id, r.CycleId, r.Year, r.UnitId, r.Level, r.Recipients, r.Title, r.Text, r.FiledOn, r.FiledAt);
}

/// <summary>A cycle's yearly reports, district-wide: each unit's that was filed, and the units the cycle scores that have filed none.</summary>
public sealed record CycleReportsResponse(Guid CycleId, int Year, Page<AnnualReportResponse> Reports, IReadOnlyList<string> UnitsWithoutReport);

internal static class AnnualReports
{
    public static void Map(RouteGroupBuilder appraisal)
    {
        appraisal.MapGet("/cycles/{id:guid}/reports", async Task<Results<Ok<CycleReportsResponse>, NotFound>> (
            Guid id, [AsParameters] PageRequest paging, AppraisalDbContext db, CancellationToken ct) =>
        {
            var cycle = await db.Cycles.AsNoTracking().Include(c => c.Adjustments).SingleOrDefaultAsync(c => c.Id == id, ct);
            if (cycle is null)
            {
                return TypedResults.NotFound();
            }

            var reports = db.Reports.AsNoTracking().Where(r => r.CycleId == id);
            var page = await paging.ApplyAsync(reports.OrderBy(r => r.UnitId).ThenBy(r => r.Id), AnnualReportResponse.From, ct);
            var filed = await reports.Select(r => r.UnitId).ToListAsync(ct);

            // The units the cycle appraises: those frozen in its results, or while it is open those its evidence names.
            var appraised = cycle.Status == CycleStatus.Open
                ? (await LiveScores.ComputeAsync(db, cycle, ct)).Select(u => u.UnitId)
                : cycle.Results.Select(r => r.UnitId);
            return TypedResults.Ok(new CycleReportsResponse(id, cycle.Year, page, [.. appraised.Except(filed).Order(StringComparer.Ordinal)]));
        })
        .Validate<PageRequest>()
        .WithName("ListAnnualReports")
        .WithSummary("The yearly reports filed in a cycle, district-wide, by unit, and the appraised units that have filed none (APP-4). Public.");

        appraisal.MapGet("/reports/{id:guid}", (Guid id, AppraisalDbContext db, CancellationToken ct) => db.Reports.ShowAsync(id, AnnualReportResponse.From, ct))
            .WithName("GetAnnualReport")
            .WithSummary("A yearly report on law-based administration, with whom it went to (APP-4). Public.");
    }
}
