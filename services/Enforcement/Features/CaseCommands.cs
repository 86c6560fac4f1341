using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>
/// Runs a step of a case through the shared command shape (404, If-Match/ETag, one transaction; the
/// clocks the step started, stopped or extended are saved with it).
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
        commands.ExecuteAsync(db.Cases, id, step, (c, _) => CaseResponse.From(c), cancellationToken);

    public Task<CommandTime> TimeAsync(CancellationToken cancellationToken) => commands.TimeAsync(cancellationToken);
}
