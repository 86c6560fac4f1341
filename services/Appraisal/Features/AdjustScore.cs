using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>Points added to (negative: taken from) one unit's computed score on one level-3 indicator, with the reason (APP-2).</summary>
public sealed record AdjustScoreRequest(string UnitId, string IndicatorCode, decimal Points, string Reason);

internal sealed class AdjustScoreValidator : AbstractValidator<AdjustScoreRequest>
{
    public AdjustScoreValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(RecordMapping.UnitIdLength);
        RuleFor(x => x.IndicatorCode).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Points).InclusiveBetween(-100m, 100m).PrecisionScale(7, 2, true);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000);
    }
}

internal static class AdjustScore
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/{id:guid}/adjustments", (Guid id, AdjustScoreRequest request, AppraisalDbContext db, RecordCommands commands, IActorAccessor actor, CancellationToken ct) =>
            commands.AddAsync(
                db.Cycles,
                id,
                (cycle, time) =>
                {
                    var adjustment = cycle.Adjust(request.UnitId.Trim(), request.IndicatorCode.Trim(), request.Points, request.Reason.Trim(), actor.CurrentActor, time.Now);
                    db.Adjustments.Add(adjustment);
                    return Task.FromResult(AdjustmentResponse.From(adjustment));
                },
                a => $"{AppraisalService.Names.RoutePrefix}/cycles/{id}/units/{a.UnitId}/scores",
                ct))
        .Validate<AdjustScoreRequest>()
        .WithRequestExample(Examples.AdjustScore)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithIdempotency()
        .ForRoles(Roles.AppraisalAdmin)
        .WithName("AdjustAppraisalScore")
        .WithSummary("Adjusts a unit's score on a level-3 indicator by a number of points; the reason is required and the caller is recorded as its actor (APP-2).");
}
