namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>
/// 工作日历 — which days are working days: not a weekend day and not an official holiday, unless the
/// day is an adjusted working day (调休). Years the administrator has not entered count weekends only.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> adjustedWorkingDays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];
    private readonly HashSet<DateOnly> _adjustedWorkingDays = [.. adjustedWorkingDays];

    /// <summary>A calendar with weekends only, for a district that has entered no holidays yet.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([], []);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_adjustedWorkingDays.Contains(day))
        {
            return true;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);
    }

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="start"/> (the start day itself never counts).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        var counted = 0;
        while (counted < count)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The last day of a period of <paramref name="length"/> units after <paramref name="start"/>.
    /// The start day does not count, and a period in calendar days whose last day is not a working
    /// day ends on the next working day (行政复议法 Art 88; 民法典 Arts 201, 203).
    /// </summary>
    public DateOnly EndOfPeriod(DateOnly start, int length, PeriodUnit unit)
    {
        if (unit == PeriodUnit.WorkingDays)
        {
            return AddWorkingDays(start, length);
        }

        var end = start.AddDays(length);
        while (!IsWorkingDay(end))
        {
            end = end.AddDays(1);
        }

        return end;
    }

    /// <summary>How many units of the period are left after <paramref name="day"/> until <paramref name="due"/>.</summary>
    public int Remaining(DateOnly day, DateOnly due, PeriodUnit unit) =>
        unit == PeriodUnit.WorkingDays ? CountWorkingDays(day, due) : Math.Max(0, due.DayNumber - day.DayNumber);
}
