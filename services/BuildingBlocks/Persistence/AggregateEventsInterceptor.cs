using Microsoft.AspNetCore.Http;
using RuleOfLaw.BuildingBlocks.Hosting;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Messaging;
using RuleOfLaw.BuildingBlocks.Outbox;

namespace RuleOfLaw.BuildingBlocks.Persistence;

/// <summary>
/// Saves what aggregates collected in the same <c>SaveChanges</c> as their state: clock changes are
/// applied to their clocks (<see cref="ClockChangesWriter"/>), then events become outbox rows and state
/// changes (the clocks' among them) become history rows. After the commit it wakes the outbox relay.
/// </summary>
internal sealed class AggregateEventsInterceptor(IActorAccessor actor, OutboxSignal signal, IHttpContextAccessor http) : AfterCommitInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await ClockChangesWriter.ApplyAsync(context, cancellationToken);
            Collect(context);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            ClockChangesWriter.Apply(context);
            Collect(context);
        }

        return base.SavingChanges(eventData, result);
    }

    protected override ValueTask AfterCommitAsync()
    {
        signal.Notify();
        return ValueTask.CompletedTask;
    }

    private void Collect(DbContext context)
    {
        var aggregates = context.ChangeTracker.Entries<AggregateRoot>()
            .Select(e => e.Entity)
            .Where(a => a.PendingEvents.Count > 0 || a.PendingChanges.Count > 0)
            .ToList();
        var traceParent = Activity.Current?.Id;
        var correlationId = Correlation.Current(http.HttpContext);
        var who = actor.CurrentActor;
        foreach (var aggregate in aggregates)
        {
            foreach (var change in aggregate.PendingChanges)
            {
                context.Add(new HistoryEntry
                {
                    RecordType = aggregate.GetType().Name,
                    RecordId = aggregate.Id,
                    At = change.At,
                    Actor = who,
                    From = change.From,
                    To = change.To,
                    Reason = change.Reason,
                });
            }

            foreach (var integrationEvent in aggregate.PendingEvents)
            {
                var stamped = integrationEvent.CorrelationId is null && correlationId is not null ? integrationEvent with { CorrelationId = correlationId } : integrationEvent;
                context.Add(new OutboxMessage
                {
                    MessageId = stamped.EventId,
                    MessageType = stamped.GetType().FullName!,
                    Body = JsonSerializer.Serialize(stamped, stamped.GetType(), CloudEvent.DataOptions),
                    OccurredAt = stamped.OccurredAt,
                    TraceParent = traceParent,
                    // Publishable at once by the relay's clock (the system's): the event's own time is business
                    // time, which a service may take from another clock (a test's, or a back-dated import).
                    NextAttemptAt = TimeProvider.System.GetUtcNow(),
                });
                ActAfterCommit();
            }

            aggregate.ClearPending();
        }
    }
}
