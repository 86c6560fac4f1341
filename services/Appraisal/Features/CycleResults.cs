using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>A published (or, for staff, frozen) cycle in the list of results.</summary>
public sealed record PublishedCycleResponse(Guid Id, int Year, string Name, DateOnly? PublishedOn, int Units, int Commended, int Failed);

/// <summary>One level-3 score of a frozen result: the events that produced it are counted for everyone and listed for staff.</summary>
public sealed record ResultIndicatorResponse(string IndicatorCode, decimal Computed, decimal Adjustment, decimal Score, int Events, IReadOnlyList<Guid>? EventIds);

/// <summary>A unit's frozen result: rank, total, what it means, whether its yearly report was filed (APP-3, APP-4).</summary>
public sealed record UnitResultResponse(string UnitId, int Rank, decimal Total, ResultOutcome Outcome, bool ReportFiled, IReadOnlyList<ResultIndicatorResponse> Indicators);

/// <summary>A cycle's results (APP-3) with the adjustments behind them and their reasons.</summary>
public sealed record CycleResultsResponse(
    Guid CycleId, int Year, string Name, CycleStatus Status, decimal PassMark, decimal CommendationThreshold, DateOnly? FrozenOn, DateOnly? PublishedOn,
    IReadOnlyList<UnitResultResponse> Units, IReadOnlyList<AdjustmentResponse> Adjustments);

/// <summary>
/// 考核结果公示 — the public page of results (APP-3): anyone reads a published cycle's ranking, outcomes and the reasons of its
/// adjustments. A frozen cycle's results are process information until published: staff who see every unit read them.
/// </summary>
internal static class CycleResults
{
    public static void Map(RouteGroupBuilder appraisal)
    {
        appraisal.MapGet("/results", async ([AsParameters] PageRequest paging, AppraisalDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await paging.ApplyAsync(
                db.Cycles.AsNoTracking().Where(c => c.Status == CycleStatus.Published).OrderByDescending(c => c.Year).ThenByDescending(c => c.PublishedOn).ThenBy(c => c.Id),
                c => new PublishedCycleResponse(
                    c.Id, c.Year, c.Name, c.PublishedOn, c.Results.Count, c.Results.Count(r => r.Outcome == ResultOutcome.Commended), c.Results.Count(r => r.Outcome == ResultOutcome.Failed)),
                ct)))
            .Validate<PageRequest>()
            .ForAnyone()
            .WithName("ListPublishedAppraisalResults")
            .WithSummary("The cycles whose results are published, newest year first, with how many units were ranked, commended and failed (APP-3). Public.");

        appraisal.MapGet("/cycles/{id:guid}/results", async Task<Results<Ok<CycleResultsResponse>, NotFound>> (Guid id, AppraisalDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var cycle = await db.Cycles.AsNoTracking().Include(c => c.Adjustments).SingleOrDefaultAsync(c => c.Id == id, ct);
            var staff = RecordViews.SeesEveryUnit(http, Roles.AppraisalAdmin);
            if (cycle is null || cycle.Status == CycleStatus.Open || (cycle.Status == CycleStatus.Frozen && !staff))
            {
                return TypedResults.NotFound();
            }

            return TypedResults.Ok(new CycleResultsResponse(
                cycle.Id, cycle.Year, cycle.Name, cycle.Status, cycle.PassMark, cycle.CommendationThreshold, cycle.FrozenOn, cycle.PublishedOn,
                [.. cycle.Results.OrderBy(r => r.Rank).ThenBy(r => r.UnitId, StringComparer.Ordinal).Select(r => new UnitResultResponse(
                    r.UnitId, r.Rank, r.Total, r.Outcome, r.ReportFiled,
                    [.. r.Indicators.Select(i => new ResultIndicatorResponse(i.IndicatorCode, i.Computed, i.Adjustment, i.Score, i.EventIds.Count, staff ? i.EventIds : null))]))],
                [.. cycle.Adjustments.OrderBy(a => a.At).ThenBy(a => a.Id).Select(AdjustmentResponse.From)]));
        })
        .ForAnyone()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithName("GetAppraisalResults")
        .WithSummary("A cycle's results: each unit's rank, total, outcome (commended, passed, failed), whether its yearly report was filed, its level-3 scores, and the adjustments with their reasons (APP-3). Public once published; a frozen cycle's only for staff who see every unit (the ids of the events behind each score too); 404 otherwise.");
    }
}
