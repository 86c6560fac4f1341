using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.Reconsideration.Domain;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// What a case does when one of its clocks runs out with no one acting: deemed accepted (REC-2), deemed
/// abandoned (REC-2), flagged overdue (REC-6, REC-7). Runs in the sweeper's transaction, with the case's clocks attached.
/// </summary>
internal sealed class CaseTimer(string kind, Action<ReconsiderationCase, CommandTime> effect, TimeProvider time, WorkingCalendarProvider calendars) : IClockElapsedHandler
{
    public string Kind => kind;

    public async Task OnElapsedAsync(StatutoryClock clock, ServiceDbContext db, CancellationToken cancellationToken)
    {
        var context = (ReconsiderationDbContext)db;
        var @case = await context.Cases.SingleAsync(c => c.Id == clock.RecordId, cancellationToken);
        await CaseCommands.AttachClocksAsync(context, @case, cancellationToken);
        var now = clock.EndedAt ?? time.GetUtcNow();
        effect(@case, new CommandTime(now, StatutoryTime.DateOf(now), await calendars.GetAsync(cancellationToken)));
        CaseCommands.SaveClocks(context, @case);
    }

    public static void AddTo(IServiceCollection services)
    {
        Add(services, CaseClocks.Acceptance, (c, time) => c.AcceptByDeeming(time));
        Add(services, CaseClocks.Correction, (c, time) => c.Abandon(time.Now));
        Add(services, CaseClocks.Decision, (c, time) => c.MarkDecisionOverdue(time.Now));
        Add(services, CaseClocks.Compliance, (c, time) => c.MarkComplianceOverdue(time.Now));
    }

    private static void Add(IServiceCollection services, string kind, Action<ReconsiderationCase, CommandTime> effect) =>
        services.AddScoped<IClockElapsedHandler>(sp => new CaseTimer(kind, effect, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WorkingCalendarProvider>()));
}
