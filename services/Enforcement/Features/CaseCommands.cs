using Microsoft.AspNetCore.Http.HttpResults;

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
                await SaveClocksAsync(db, c, time);
            },
            (c, _) => CaseResponse.From(c),
            cancellationToken);

    public Task<CommandTime> TimeAsync(CancellationToken cancellationToken) => commands.TimeAsync(cancellationToken);

    /// <summary>Stops the clocks the case's step ended, moves those it extended and adds those it started, in the step's transaction.</summary>
    public static async Task SaveClocksAsync(EnforcementDbContext db, EnforcementCase enforcementCase, CommandTime time)
    {
        foreach (var kind in enforcementCase.ClocksToStop)
        {
            await db.StopClocksAsync(enforcementCase.Id, time.Now, $"{kind}: step taken", kind);
        }

        foreach (var extension in enforcementCase.ClocksToExtend)
        {
            var running = await db.Clocks
                .Where(c => c.RecordId == enforcementCase.Id && c.Kind == extension.Kind && (c.Status == ClockStatus.Running || c.Status == ClockStatus.Paused))
                .ToListAsync();
            foreach (var clock in running.Where(c => extension.DueOn > c.DueDate))
            {
                clock.Extend(extension.DueOn.DayNumber - clock.DueDate.DayNumber, time.Calendar, time.Now, extension.Reason);
            }
        }

        db.Clocks.AddRange(enforcementCase.ClocksToStart);
        enforcementCase.ClearClockChanges();
    }
}
