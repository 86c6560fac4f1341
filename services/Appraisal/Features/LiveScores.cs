using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.Appraisal.Domain;
using RuleOfLaw.BuildingBlocks.Access;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>
/// The staff view of live scores (APP-2): computed on every read from the evidence of the cycle's year, so they are
/// current as soon as an event is stored and equal for the same events however they were delivered.
/// </summary>
internal static class LiveScores
{
    /// <summary>Who sees live scores: the appraisal administrators, the legal office and administrators.</summary>
    private static readonly string[] Readers = [Roles.AppraisalAdmin, Roles.LegalOffice, Roles.Admin];

    public static void Map(RouteGroupBuilder cycles)
    {
        cycles.MapGet("/{id:guid}/scores", (Guid id, AppraisalDbContext db, CancellationToken ct) => ScoresAsync(db, id, null, ct))
            .ForRoles(Readers)
            .WithName("GetAppraisalScores")
            .WithSummary("Every unit's live scores in a cycle: per level-3 indicator the computed score, the adjustments and the events that produced it, and the weighted total (APP-2). Staff only.");
        cycles.MapGet("/{id:guid}/units/{unitId:maxlength(100)}/scores", (Guid id, string unitId, AppraisalDbContext db, CancellationToken ct) => ScoresAsync(db, id, unitId, ct))
            .ForRoles(Readers)
            .WithName("GetUnitAppraisalScores")
            .WithSummary("One unit's live scores in a cycle, each listing the events that produced it (APP-2). Staff only.");
    }

    private static async Task<Results<Ok<CycleScoresResponse>, NotFound>> ScoresAsync(AppraisalDbContext db, Guid id, string? unitId, CancellationToken ct)
    {
        var cycle = await db.Cycles.AsNoTracking().Include(c => c.Adjustments).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cycle is null)
        {
            return TypedResults.NotFound();
        }

        var (from, until) = Scoring.YearBounds(cycle.Year);
        var evidence = await db.Evidence.AsNoTracking()
            .Where(e => Scoring.EventTypes.Contains(e.EventType) && e.OccurredAt >= from && e.OccurredAt < until)
            .ToListAsync(ct);
        var units = Scoring.Compute(cycle, evidence).Where(u => unitId is null || u.UnitId == unitId).ToList();
        var adjustments = cycle.Adjustments.Where(a => unitId is null || a.UnitId == unitId).OrderBy(a => a.At).ThenBy(a => a.Id).Select(AdjustmentResponse.From).ToList();
        return TypedResults.Ok(new CycleScoresResponse(cycle.Id, cycle.Year, units, adjustments));
    }
}
