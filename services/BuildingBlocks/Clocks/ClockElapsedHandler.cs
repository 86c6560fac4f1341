using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>What a clock of one kind does to its record when it runs out; runs in the sweeper's transaction.</summary>
public sealed class ClockElapsedHandler<TRecord>(string kind, Action<TRecord, DateTimeOffset> effect) : IClockElapsedHandler
    where TRecord : AggregateRoot
{
    public string Kind => kind;

    public async Task OnElapsedAsync(StatutoryClock clock, ServiceDbContext db, CancellationToken cancellationToken)
    {
        // Locked like any step that changes a record, so parts being added beside it (comments) are all counted.
        await db.LockAsync<TRecord>(clock.RecordId, RecordLock.Change, cancellationToken);
        var record = await db.Set<TRecord>().SingleAsync(r => r.Id == clock.RecordId, cancellationToken);
        effect(record, clock.EndedAt ?? DateTimeOffset.UtcNow);
    }
}
