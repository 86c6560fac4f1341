using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Clocks;

public static class ClockStopping
{
    /// <summary>
    /// The guarded step was taken: the record's running or paused clocks (of one kind, or all) stop
    /// without elapsing. Saved with the step, in its transaction.
    /// </summary>
    public static async Task StopClocksAsync(this ServiceDbContext db, Guid recordId, DateTimeOffset now, string reason, string? kind = null)
    {
        var running = await db.Clocks
            .Where(c => c.RecordId == recordId && (kind == null || c.Kind == kind) && (c.Status == ClockStatus.Running || c.Status == ClockStatus.Paused))
            .ToListAsync();
        foreach (var clock in running)
        {
            clock.Stop(now, reason);
        }
    }
}
