using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Decisions.Features;

/// <summary>
/// Runs a step of a decision's procedure (or of a catalogue) through the shared command shape (404, If-Match/ETag, one
/// transaction), saves the clocks the decision started or stopped in the same transaction, and
/// answers the decision as the caller may see it.
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
        commands.ExecuteAsync(
            db.Decisions,
            id,
            async (d, time) =>
            {
                await step(d, time);
                await SaveClocksAsync(db, d, time.Now);
            },
            (d, time) => DecisionResponse.From(d, RecordViews.Of(http.HttpContext, d), time.Today),
            cancellationToken);

    /// <summary>Runs a step of a catalogue (DEC-1) through the same shape, answering the catalogue.</summary>
    public Task<Results<Ok<CatalogueResponse>, NotFound, ProblemHttpResult>> RunCatalogueAsync(Guid id, Action<DecisionCatalogue, CommandTime> step, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Catalogues, id, step, (c, _) => CatalogueResponse.From(c), cancellationToken);

    /// <summary>Stops the clocks the decision's step ended and adds those it started, in the step's transaction.</summary>
    public static async Task SaveClocksAsync(DecisionsDbContext db, MajorDecision decision, DateTimeOffset now)
    {
        foreach (var kind in decision.ClocksToStop)
        {
            await db.StopClocksAsync(decision.Id, now, $"{kind}: step taken", kind);
        }

        db.Clocks.AddRange(decision.ClocksToStart);
        decision.ClearClockChanges();
    }
}
