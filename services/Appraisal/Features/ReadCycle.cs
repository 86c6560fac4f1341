namespace RuleOfLaw.Appraisal.Features;

internal static class ReadCycle
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/{id:guid}", (Guid id, AppraisalDbContext db, CancellationToken ct) =>
            db.Cycles.AsNoTracking().ShowAsync(id, CycleResponse.From, ct))
        .ForAnyone()
        .WithName("GetAppraisalCycle")
        .WithSummary("A cycle and its indicator scheme with weights and computations: public, like the rulebook it applies (APP-1).");
}
