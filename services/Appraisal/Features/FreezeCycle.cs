namespace RuleOfLaw.Appraisal.Features;

/// <summary>The day the cycle's scores were frozen: after its year.</summary>
public sealed record FreezeCycleRequest(DateOnly FrozenOn);

internal sealed class FreezeCycleValidator : AbstractValidator<FreezeCycleRequest>
{
    public FreezeCycleValidator(TimeProvider time) => RuleFor(x => x.FrozenOn).NotInTheFuture(time);
}

internal static class FreezeCycle
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/{id:guid}/freeze", (Guid id, FreezeCycleRequest request, AppraisalDbContext db, RecordCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(
                db.Cycles.Include(c => c.Adjustments),
                id,
                async (cycle, time) =>
                {
                    var scores = await LiveScores.ComputeAsync(db, cycle, ct);
                    var reporting = await db.Reports.Where(r => r.CycleId == id).Select(r => r.UnitId).ToListAsync(ct);
                    cycle.Freeze(scores, reporting.ToHashSet(StringComparer.Ordinal), request.FrozenOn, time);
                },
                (cycle, _) => CycleResponse.From(cycle),
                ct))
        .Validate<FreezeCycleRequest>()
        .WithRequestExample(Examples.Freeze)
        .AnswersStep<CycleResponse>()
        .ForRoles(Roles.AppraisalAdmin)
        .WithName("FreezeAppraisalCycle")
        .WithSummary("冻结 (APP-3): after the cycle's year, its live scores are frozen as they stand, ranked (equal totals share a rank) and judged against the pass mark and commendation threshold; adjustments end. Staff review them before publication.");
}
