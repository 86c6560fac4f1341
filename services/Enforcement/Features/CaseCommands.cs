using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.Enforcement.Data;
using RuleOfLaw.Enforcement.Domain;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>
/// Runs a step of a case through the shared command shape (404, If-Match/ETag, one transaction) and
/// saves the clocks the case started or stopped in the same transaction.
/// </summary>
public sealed class CaseCommands(RecordCommands commands, EnforcementDbContext db)
{
    public Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Action<EnforcementCase, CommandTime> step, CancellationToken cancellationToken) =>
        RunAsync(id, (c, time) =>
        {
            step(c, time);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Func<EnforcementCase, CommandTime, Task> step, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(
            db.Cases,
            id,
            async (c, time) =>
            {
                await step(c, time);
                await SaveClocksAsync(db, c, time.Now);
            },
            (c, _) => CaseResponse.From(c),
            cancellationToken);

    public Task<CommandTime> TimeAsync(CancellationToken cancellationToken) => commands.TimeAsync(cancellationToken);

    /// <summary>Stops the clocks the case's step ended and adds those it started, in the step's transaction.</summary>
    public static async Task SaveClocksAsync(EnforcementDbContext db, EnforcementCase enforcementCase, DateTimeOffset now)
    {
        foreach (var kind in enforcementCase.ClocksToStop)
        {
            await db.StopClocksAsync(enforcementCase.Id, now, $"{kind}: step taken", kind);
        }

        db.Clocks.AddRange(enforcementCase.ClocksToStart);
        enforcementCase.ClearClockChanges();
    }
}
