using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>
/// Runs a step of a rectification through the shared command shape (404, If-Match/ETag, one transaction; the
/// clocks the step started or stopped are saved with it).
/// </summary>
public sealed class RectificationCommands(RecordCommands commands, AppraisalDbContext db)
{
    public Task<Results<Ok<RectificationResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Action<Rectification, CommandTime> step, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Rectifications, id, step, (r, _) => RectificationResponse.From(r), cancellationToken);
}
