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
    ServiceIdentity service,
    ILogger<ClockSweeper<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private const int BatchSize = 100;

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

    /// <summary>Fires every clock due now; returns how many fired.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int fired;
        do
        {
            fired = await SweepBatchAsync(cancellationToken);
            total += fired;
        }
        while (fired == BatchSize);

        return total;
    }

    private async Task<int> SweepBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var handlers = scope.ServiceProvider.GetServices<IClockElapsedHandler>().ToDictionary(h => h.Kind);
        var today = StatutoryTime.Today(time);

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var due = await db.Clocks
                .FromSql($"SELECT *, xmin FROM statutory_clocks WHERE status = 'Running' AND due_date < {today} ORDER BY due_date LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);
            var now = time.GetUtcNow();
            foreach (var clock in due)
            {
                clock.Elapse(service.Name, now);
                if (handlers.TryGetValue(clock.Kind, out var handler))
                {
                    await handler.OnElapsedAsync(clock, db, ct);
                }

                logger.LogInformation(
                    "Clock {ClockKind} ({RuleId}) of {RecordType} {RecordId} elapsed; it was due {DueDate}",
                    clock.Kind, clock.RuleId, clock.RecordType, clock.RecordId, clock.DueDate);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return due.Count;
        }, cancellationToken);
    }
}
