using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>
/// Runs a step of a rectification through the shared command shape (404, If-Match/ETag, one transaction) and saves the
/// clocks the step started or stopped in the same transaction.
/// </summary>
public sealed class RectificationCommands(RecordCommands commands, AppraisalDbContext db)
{
    public Task<Results<Ok<RectificationResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Action<Rectification, CommandTime> step, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(
            db.Rectifications,
            id,
            async (r, time) =>
            {
                step(r, time);
                foreach (var kind in r.ClocksToStop)
                {
                    await db.StopClocksAsync(r.Id, time.Now, $"{kind}: step taken", kind);
                }

                SaveClocks(db, r);
            },
            (r, _) => RectificationResponse.From(r),
            cancellationToken);

    /// <summary>Adds the clocks the rectification started; the step's transaction saves them.</summary>
    public static void SaveClocks(AppraisalDbContext db, Rectification rectification)
    {
        db.Clocks.AddRange(rectification.ClocksToStart);
        rectification.ClearClockChanges();
    }
}
