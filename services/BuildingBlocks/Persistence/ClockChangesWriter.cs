using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Persistence;

/// <summary>
/// Saves what tracked records did to their clocks (<see cref="AggregateRoot.ClockChanges"/>) in the same
/// <c>SaveChanges</c> as the records: their running or paused clocks are read once, the changes are applied
/// in the order the steps made them, and the clocks they started are added.
/// </summary>
internal static class ClockChangesWriter
{
    public static async Task ApplyAsync(DbContext context, CancellationToken cancellationToken)
    {
        var records = Changed(context);
        var open = OpenClocks(context, records);
        Apply(context, records, open is null ? [] : await open.ToListAsync(cancellationToken));
    }

    public static void Apply(DbContext context)
    {
        var records = Changed(context);
        var open = OpenClocks(context, records);
        Apply(context, records, open is null ? [] : [.. open]);
    }

    private static List<AggregateRoot> Changed(DbContext context) =>
        [.. context.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => !a.ClockChanges.IsEmpty)];

    /// <summary>The saved running or paused clocks of the records whose changes stop or extend some; null when none do.</summary>
    private static IQueryable<StatutoryClock>? OpenClocks(DbContext context, List<AggregateRoot> records)
    {
        var ids = records.Where(r => r.ClockChanges.ChangesSavedClocks).Select(r => r.Id).ToList();
        return ids.Count == 0
            ? null
            : context.Set<StatutoryClock>().Where(c => ids.Contains(c.RecordId) && (c.Status == ClockStatus.Running || c.Status == ClockStatus.Paused));
    }

    private static void Apply(DbContext context, List<AggregateRoot> records, List<StatutoryClock> open)
    {
        foreach (var record in records)
        {
            context.AddRange(record.ClockChanges.Apply(open.Where(c => c.RecordId == record.Id)));
        }
    }
}
