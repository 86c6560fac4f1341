using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>
/// Runs a step of a cycle through the shared command shape (404, If-Match/ETag, one transaction), on the cycle with
/// its adjustments, and answers the cycle as it now stands.
/// </summary>
public sealed class CycleCommands(RecordCommands commands, AppraisalDbContext db)
{
    public Task<Results<Ok<CycleResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Func<AppraisalCycle, CommandTime, Task> step, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Cycles.Include(c => c.Adjustments), id, step, (c, _) => CycleResponse.From(c), cancellationToken);

    public Task<Results<Ok<CycleResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Action<AppraisalCycle, CommandTime> step, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Cycles.Include(c => c.Adjustments), id, step, (c, _) => CycleResponse.From(c), cancellationToken);
}
