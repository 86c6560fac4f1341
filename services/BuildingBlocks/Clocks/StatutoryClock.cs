using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Clocks;

namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>
/// 法定期限 — a statutory deadline attached to a record. Runs from a start day for a period in calendar
/// or working days, can be paused (中止) and resumed, and elapses on its own when the sweeper finds
/// the due day past.
/// </summary>
public sealed class StatutoryClock : AggregateRoot<ClockStatus>
{
    private StatutoryClock()
    {
    }

    public string RecordType { get; private init; } = "";

    public Guid RecordId { get; private init; }

    /// <summary>What the clock guards, e.g. "filing"; the service's handlers are keyed by it.</summary>
    public string Kind { get; private init; } = "";

    /// <summary>The rule that sets the period, e.g. "DOC-9".</summary>
    public string RuleId { get; private init; } = "";

    public DateOnly StartDate { get; private init; }

    public int Length { get; private init; }

    public PeriodUnit Unit { get; private init; }

    /// <summary>The last day on which the guarded step is on time.</summary>
    public DateOnly DueDate { get; private set; }

    public DateOnly? PausedOn { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>
    /// True for a deadline someone can miss (its elapsing is published as overdue); false for a
    /// clock that only triggers an automatic effect, such as a document entering force on its date.
    /// </summary>
    public bool ReportsOverdue { get; private init; } = true;

    public static StatutoryClock Start(
        string recordType,
        Guid recordId,
        string unitId,
        string kind,
        string ruleId,
        DateOnly startDate,
        int length,
        PeriodUnit unit,
        WorkingCalendar calendar,
        DateTimeOffset now,
        bool reportsOverdue = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        var clock = Create(recordType, recordId, unitId, kind, ruleId, startDate, length, unit, calendar.EndOfPeriod(startDate, length, unit), reportsOverdue);
        clock.Begin(ClockStatus.Running, now, $"{ruleId}: {length} {unit} from {startDate:yyyy-MM-dd}");
        return clock;
    }

    /// <summary>A clock that fires on <paramref name="day"/> itself (e.g. entry into force), reporting nothing overdue.</summary>
    public static StatutoryClock FireOn(string recordType, Guid recordId, string unitId, string kind, string ruleId, DateOnly day, DateTimeOffset now)
    {
        var today = StatutoryTime.DateOf(now);
        var clock = Create(recordType, recordId, unitId, kind, ruleId, today, Math.Max(0, day.DayNumber - today.DayNumber), PeriodUnit.CalendarDays, day.AddDays(-1), reportsOverdue: false);
        clock.Begin(ClockStatus.Running, now, $"{ruleId}: fires on {day:yyyy-MM-dd}");
        return clock;
    }

    private static StatutoryClock Create(
        string recordType, Guid recordId, string unitId, string kind, string ruleId, DateOnly startDate, int length, PeriodUnit unit, DateOnly dueDate, bool reportsOverdue) => new()
    {
        RecordType = recordType,
        RecordId = recordId,
        UnitId = unitId,
        Kind = kind,
        RuleId = ruleId,
        StartDate = startDate,
        Length = length,
        Unit = unit,
        DueDate = dueDate,
        ReportsOverdue = reportsOverdue,
    };

    /// <summary>The period has run out on <paramref name="today"/> (China Standard Time) when the due day is past.</summary>
    public bool IsDue(DateOnly today) => Status == ClockStatus.Running && today > DueDate;

    public void Pause(DateOnly today, DateTimeOffset now, string reason)
    {
        RequireStatus(ClockStatus.Running, "pause");
        PausedOn = today;
        TransitionTo(ClockStatus.Paused, now, reason);
    }

    /// <summary>Resumes with the units that were left on the day it was paused.</summary>
    public void Resume(DateOnly today, WorkingCalendar calendar, DateTimeOffset now, string? reason = null)
    {
        RequireStatus(ClockStatus.Paused, "resume");
        var remaining = calendar.Remaining(PausedOn!.Value, DueDate, Unit);
        DueDate = remaining == 0 ? today : calendar.EndOfPeriod(today, remaining, Unit);
        PausedOn = null;
        TransitionTo(ClockStatus.Running, now, reason ?? $"resumed, due {DueDate:yyyy-MM-dd}");
    }

    /// <summary>Extends a running or paused clock by <paramref name="units"/> more units (an extension granted with a reason).</summary>
    public void Extend(int units, WorkingCalendar calendar, DateTimeOffset now, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        if (Status is not (ClockStatus.Running or ClockStatus.Paused))
        {
            throw new InvalidOperationException($"A {Status} clock cannot be extended.");
        }

        DueDate = calendar.EndOfPeriod(DueDate, units, Unit);
        RecordChange(Status.ToString(), Status.ToString(), now, $"extended by {units} {Unit}, due {DueDate:yyyy-MM-dd}: {reason}");
    }

    /// <summary>The guarded step was taken; the clock will not elapse.</summary>
    public void Stop(DateTimeOffset now, string reason)
    {
        if (Status is ClockStatus.Stopped or ClockStatus.Elapsed)
        {
            return;
        }

        EndedAt = now;
        TransitionTo(ClockStatus.Stopped, now, reason);
    }

    /// <summary>Records that the period ran out and publishes it.</summary>
    public void Elapse(string service, DateTimeOffset now)
    {
        RequireStatus(ClockStatus.Running, "elapse");
        EndedAt = now;
        TransitionTo(ClockStatus.Elapsed, now, $"{RuleId}: due {DueDate:yyyy-MM-dd} passed");
        if (!ReportsOverdue)
        {
            return;
        }

        Raise(new StatutoryDeadlineElapsed
        {
            OccurredAt = now,
            UnitId = UnitId,
            RecordId = RecordId,
            Service = service,
            ClockKind = Kind,
            RuleId = RuleId,
            DueDate = DueDate,
        });
    }

    private void RequireStatus(ClockStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new InvalidOperationException($"A {Status} clock cannot {action}.");
        }
    }
}
