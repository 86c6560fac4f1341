using Microsoft.Extensions.Options;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>
/// The steps of a cycle after its year (APP-3): its live scores frozen as its results, then the results published.
/// Each is a POST on the cycle run through <see cref="CycleCommands"/>, for appraisal administrators.
/// </summary>
internal static class CycleSteps
{
    public static void Map(RouteGroupBuilder cycles)
    {
        cycles.MapStep("/{id:guid}/freeze", Examples.Freeze, (Guid id, FreezeCycleRequest request, AppraisalDbContext db, CycleCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, async (cycle, time) =>
            {
                var scores = await LiveScores.ComputeAsync(db, cycle, ct);
                var reporting = await db.Reports.Where(r => r.CycleId == id).Select(r => r.UnitId).ToListAsync(ct);
                cycle.Freeze(scores, reporting.ToHashSet(StringComparer.Ordinal), request.FrozenOn, time);
            }, ct))
            .ForRoles(Roles.AppraisalAdmin)
            .WithName("FreezeAppraisalCycle")
            .WithSummary("冻结 (APP-3): after the cycle's year, its live scores are frozen as they stand, ranked (equal totals share a rank) and judged against the pass mark and commendation threshold; adjustments end. Staff review them before publication.");

        cycles.MapStep("/{id:guid}/publication", Examples.Publish, (Guid id, PublishResultsRequest request, AppraisalDbContext db, CycleCommands commands, IOptions<AppraisalSettings> settings, CancellationToken ct) =>
            commands.RunAsync(id, (cycle, time) => db.Rectifications.AddRange(cycle.Publish(request.PublishedOn, settings.Value.RectificationDays, time)), ct))
            .ForRoles(Roles.AppraisalAdmin)
            .WithName("PublishAppraisalResults")
            .WithSummary("公布 (APP-3): the frozen results are published with their ranking, no earlier than the freeze; units at or above the threshold are commended, each unit's result is published (AppraisalResultPublished), and each unit under the pass mark is ordered to rectify by a deadline that runs as a clock (RectificationOrdered).");
    }

    /// <summary>
    /// A step taking a validated <typeparamref name="TRequest"/> (shown with <paramref name="example"/>) and answering the
    /// cycle as every step does; <paramref name="handler"/> asks for what the step needs besides the cycle.
    /// </summary>
    private static RouteHandlerBuilder MapStep<TRequest>(this RouteGroupBuilder cycles, string pattern, TRequest example, Delegate handler)
        where TRequest : notnull =>
        cycles.MapPost(pattern, handler)
            .Validate<TRequest>()
            .WithRequestExample(example)
            .AnswersStep<CycleResponse>();
}

/// <summary>The day the cycle's scores were frozen: after its year.</summary>
public sealed record FreezeCycleRequest(DateOnly FrozenOn);

internal sealed class FreezeCycleValidator : AbstractValidator<FreezeCycleRequest>
{
    public FreezeCycleValidator(TimeProvider time) => RuleFor(x => x.FrozenOn).NotInTheFuture(time);
}

/// <summary>The day the frozen results were published: on or after the freeze.</summary>
public sealed record PublishResultsRequest(DateOnly PublishedOn);

internal sealed class PublishResultsValidator : AbstractValidator<PublishResultsRequest>
{
    public PublishResultsValidator(TimeProvider time) => RuleFor(x => x.PublishedOn).NotInTheFuture(time);
}
