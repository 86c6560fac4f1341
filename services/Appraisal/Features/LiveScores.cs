using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>
/// The staff view of live scores (APP-2): computed on every read from the evidence of the cycle's year, so they are
/// current as soon as an event is stored and equal for the same events however they were delivered. Live scores are
/// process information until the results are published (APP-3): every unit's are read by appraisal administrators,
/// administrators and a legal office that reviews for every unit; a unit's own by its staff and the legal office serving it.
/// </summary>
internal static class LiveScores
{
    public static void Map(RouteGroupBuilder cycles)
    {
        cycles.MapGet("/{id:guid}/scores", async Task<Results<Ok<CycleScoresResponse>, NotFound, ForbidHttpResult>> (Guid id, AppraisalDbContext db, HttpContext http, CancellationToken ct) =>
            !RecordViews.SeesEveryUnit(http, Roles.AppraisalAdmin) ? TypedResults.Forbid()
                : await ScoresAsync(db, id, null, ct) is { } scores ? TypedResults.Ok(scores) : TypedResults.NotFound())
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("GetAppraisalScores")
            .WithSummary("Every unit's live scores in a cycle: per level-3 indicator the computed score, the adjustments and the events that produced it, and the weighted total (APP-2). Appraisal administrators, administrators and a legal office reviewing for every unit; others 403.");
        cycles.MapGet("/{id:guid}/units/{unitId:maxlength(100)}/scores", async Task<Results<Ok<CycleScoresResponse>, NotFound>> (Guid id, string unitId, AppraisalDbContext db, HttpContext http, CancellationToken ct) =>
            RecordViews.For(http, unitId, Roles.AppraisalAdmin) == RecordView.Full && await ScoresAsync(db, id, unitId, ct) is { } scores
                ? TypedResults.Ok(scores) : TypedResults.NotFound())
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetUnitAppraisalScores")
            .WithSummary("One unit's live scores in a cycle, each listing the events that produced it (APP-2): for the unit's own staff, the legal office serving it, appraisal administrators and administrators; 404 for anyone else.");
    }

    /// <summary>Every unit's scores in <paramref name="cycle"/> from the evidence of its year, as they stand now.</summary>
    public static async Task<IReadOnlyList<UnitScores>> ComputeAsync(AppraisalDbContext db, AppraisalCycle cycle, CancellationToken ct)
    {
        var (from, until) = Scoring.YearBounds(cycle.Year);
        var evidence = await db.Evidence.AsNoTracking()
            .Where(e => Scoring.EventTypes.Contains(e.EventType) && e.OccurredAt >= from && e.OccurredAt < until)
            .ToListAsync(ct);
        return Scoring.Compute(cycle, evidence);
    }

    /// <summary>The live scores of a cycle (of one unit, or all), or null when there is no such cycle.</summary>
    private static async Task<CycleScoresResponse?> ScoresAsync(AppraisalDbContext db, Guid id, string? unitId, CancellationToken ct)
    {
        var cycle = await db.Cycles.AsNoTracking().Include(c => c.Adjustments).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cycle is null)
        {
            return null;
        }

        var units = (await ComputeAsync(db, cycle, ct)).Where(u => unitId is null || u.UnitId == unitId).ToList();
        var adjustments = cycle.Adjustments.Where(a => unitId is null || a.UnitId == unitId).OrderBy(a => a.At).ThenBy(a => a.Id).Select(AdjustmentResponse.From).ToList();
        return new CycleScoresResponse(cycle.Id, cycle.Year, units, adjustments);
    }
}
