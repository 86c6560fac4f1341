using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// What a record does when one of its clocks runs out with no one acting. Runs in the sweeper's
/// transaction, with the record's clocks attached. Kinds are unique across the service's records.
/// </summary>
internal sealed class RecordClockEffect<TRecord>(string kind, Action<TRecord, CommandTime> effect, TimeProvider time, WorkingCalendarProvider calendars) : IClockElapsedHandler
    where TRecord : class, IClockedRecord
{
    public string Kind => kind;

    public async Task OnElapsedAsync(StatutoryClock clock, ServiceDbContext db, CancellationToken cancellationToken)
    {
        var context = (ReconsiderationDbContext)db;
        var record = await CaseCommands.FindWithClocksAsync<TRecord>(context, clock.RecordId, cancellationToken)
            ?? throw new InvalidOperationException($"The {kind} clock {clock.Id} names {typeof(TRecord).Name} {clock.RecordId}, which this service does not hold.");
        var now = clock.EndedAt ?? time.GetUtcNow();
        effect(record, new CommandTime(now, StatutoryTime.DateOf(now), await calendars.GetAsync(cancellationToken)));
    }
}

/// <summary>
/// The service's automatic effects: deemed accepted (REC-2), deemed abandoned (REC-2), flagged overdue
/// (REC-6, REC-7); a defence not filed (REC-10), a petition not routed or finished (REC-11), a claim not decided (REC-12).
/// </summary>
internal static class ClockEffects
{
    public static void AddTo(IServiceCollection services)
    {
        Add<ReconsiderationCase>(services, CaseClocks.Acceptance, (c, time) => c.AcceptByDeeming(time));
        Add<ReconsiderationCase>(services, CaseClocks.Correction, (c, time) => c.Abandon(time.Now));
        Add<ReconsiderationCase>(services, CaseClocks.Decision, (c, time) => c.MarkDecisionOverdue(time.Now));
        Add<ReconsiderationCase>(services, CaseClocks.Compliance, (c, time) => c.MarkComplianceOverdue(time.Now));
        Add<CourtCase>(services, RemedyClocks.Defence, (c, time) => c.MarkDefenceOverdue(time.Now));
        Add<Petition>(services, RemedyClocks.Routing, (p, time) => p.MarkRoutingOverdue(time.Now));
        Add<Petition>(services, RemedyClocks.PetitionHandling, (p, time) => p.MarkHandlingOverdue(time.Now));
        Add<CompensationClaim>(services, RemedyClocks.CompensationDecision, (c, time) => c.MarkDecisionOverdue(time.Now));
    }

    private static void Add<TRecord>(IServiceCollection services, string kind, Action<TRecord, CommandTime> effect)
        where TRecord : class, IClockedRecord =>
        services.AddScoped<IClockElapsedHandler>(sp => new RecordClockEffect<TRecord>(kind, effect, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WorkingCalendarProvider>()));
}
