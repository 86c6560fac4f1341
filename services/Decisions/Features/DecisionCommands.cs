using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Decisions.Features;

/// <summary>
/// Runs a step of a decision's procedure (or of a catalogue) through the shared command shape (404, If-Match/ETag, one
/// transaction; the clocks the decision started or stopped are saved with it) and answers the decision as the caller may see it.
/// </summary>
public sealed class DecisionCommands(RecordCommands commands, DecisionsDbContext db, IHttpContextAccessor http)
{
    public Task<Results<Ok<DecisionResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Action<MajorDecision, CommandTime> step, CancellationToken cancellationToken) =>
        RunAsync(id, (d, time) =>
        {
            step(d, time);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<Results<Ok<DecisionResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Func<MajorDecision, CommandTime, Task> step, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Decisions, id, step, (d, time) => DecisionResponse.From(d, RecordViews.Of(http.HttpContext, d), time.Today), cancellationToken);

    /// <summary>Runs a step of a catalogue (DEC-1) through the same shape, answering the catalogue.</summary>
    public Task<Results<Ok<CatalogueResponse>, NotFound, ProblemHttpResult>> RunCatalogueAsync(Guid id, Action<DecisionCatalogue, CommandTime> step, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Catalogues, id, step, (c, _) => CatalogueResponse.From(c), cancellationToken);
}
