using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Calendar;

namespace RuleOfLaw.BuildingBlocks.Calendar;

/// <summary>
/// 节假日安排 — one year of the district's working-day calendar: the official holidays and the weekend
/// days worked instead (调休), as the State Council announces them each year and an administrator enters.
/// </summary>
public sealed class WorkingCalendarYear : AggregateRoot
{
    public static readonly Rule CalendarRule = new("CAL-1", "国务院办公厅 annual holiday notice; 全国年节及纪念日放假办法", "工作日历", "Working calendar");

    private WorkingCalendarYear()
    {
    }

    public int Year { get; private init; }

    /// <summary>Increases with every save; copies in other services keep the highest they saw.</summary>
    public long Revision { get; private set; }

    public List<DateOnly> Holidays { get; private set; } = [];

    public List<DateOnly> AdjustedWorkingDays { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WorkingCalendarYear Create(int year) => new() { Id = RecordIdOf(year), UnitId = "district", Year = year };

    /// <summary>The administrator saves the whole year (the owner of the calendar).</summary>
    public void Set(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> adjustedWorkingDays, DateTimeOffset now)
    {
        var h = holidays.Distinct().Order().ToList();
        var w = adjustedWorkingDays.Distinct().Order().ToList();
        CalendarRule.Require(h.Concat(w).All(d => d.Year == Year), $"所有日期均应在 {Year} 年内。", $"Every date must fall in {Year}.");
        CalendarRule.Require(!h.Intersect(w).Any(), "同一日不得既是节假日又是调休工作日。", "A day cannot be both a holiday and an adjusted working day.");
        CalendarRule.Require(
            w.All(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday),
            "调休工作日应当为星期六或者星期日；周一至周五本已是工作日。", "An adjusted working day (调休) must be a Saturday or Sunday; weekdays are working days already.");

        Holidays = h;
        AdjustedWorkingDays = w;
        Revision++;
        UpdatedAt = now;
        RecordChange(null, $"revision {Revision}", now, $"{h.Count} holidays, {w.Count} adjusted working days");
        Raise(new WorkingCalendarYearPublished
        {
            OccurredAt = now,
            UnitId = "district",
            RecordId = Id,
            Year = Year,
            Version = Revision,
            Holidays = h,
            AdjustedWorkingDays = w,
        });
    }

    /// <summary>A copy received from the owner: applied only when newer than what this service has.</summary>
    public bool ApplyPublished(WorkingCalendarYearPublished published)
    {
        if (published.Version <= Revision)
        {
            return false;
        }

        Holidays = [.. published.Holidays];
        AdjustedWorkingDays = [.. published.AdjustedWorkingDays];
        Revision = published.Version;
        UpdatedAt = published.OccurredAt;
        return true;
    }

    /// <summary>A stable record id per year, for events and history.</summary>
    public static Guid RecordIdOf(int year) => new(year, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]);
}
