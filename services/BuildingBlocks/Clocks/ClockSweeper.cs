using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Clocks;

public sealed class ClockOptions
{
    /// <summary>How often the sweeper looks for elapsed clocks. Deadlines are whole days, so a minute is plenty.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool SweeperEnabled { get; set; } = true;
}

/// <summary>
/// Fires elapsed clocks on its own: marks each one elapsed, lets the service's handler react, and
/// publishes through the outbox, all in one transaction. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas never fire the same clock twice.
/// </summary>
public sealed class ClockSweeper<TContext>(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ClockOptions> options,
    ServiceNames service,
    ILogger<ClockSweeper<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweeperEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Clock sweep failed; trying again in {Interval}", options.Value.SweepInterval);
            }

            try
            {
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Fires every clock due now, each in a transaction of its own, so one whose handler fails is
    /// logged and tried again at the next sweep without holding back the others. Returns how many fired.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var today = StatutoryTime.Today(time);
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<TContext>().Clocks
                .Where(c => c.Status == ClockStatus.Running && c.DueDate < today)
                .OrderBy(c => c.DueDate)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
        }

        var fired = 0;
        foreach (var id in due)
        {
            try
            {
                fired += await FireAsync(id, today, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Clock {ClockId} could not fire; it stays running and is tried at the next sweep", id);
            }
        }

        return fired;
    }

    private async Task<bool> FireAsync(Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var handlers = scope.ServiceProvider.GetServices<IClockElapsedHandler>().ToDictionary(h => h.Kind);

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Claimed with SKIP LOCKED: a replica sweeping at the same time passes over it.
            var clock = await db.Clocks
                .FromSql($"SELECT *, xmin FROM statutory_clocks WHERE id = {id} AND status = 'Running' AND due_date < {today} FOR UPDATE SKIP LOCKED")
                .SingleOrDefaultAsync(ct);
            if (clock is null)
            {
                return false;
            }

            clock.Elapse(service.Name, time.GetUtcNow());
            if (handlers.TryGetValue(clock.Kind, out var handler))
            {
                await handler.OnElapsedAsync(clock, db, ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation(
                "Clock {ClockKind} ({RuleId}) of {RecordType} {RecordId} elapsed; it was due {DueDate}",
                clock.Kind, clock.RuleId, clock.RecordType, clock.RecordId, clock.DueDate);
            return true;
        }, cancellationToken);
    }
}
