using RuleOfLaw.BuildingBlocks.Clocks;

namespace RuleOfLaw.BuildingBlocks.Tests.Clocks;

public sealed class WorkingCalendarTests
{
    // 2026 Spring Festival: 15–23 February off; Saturday 14 and Saturday 28 February worked (调休).
    private static readonly WorkingCalendar SpringFestival2026 = new(
        Enumerable.Range(15, 9).Select(d => new DateOnly(2026, 2, d)),
        [new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 28)]);

    [Fact]
    public void Weekends_and_holidays_are_not_working_days_but_adjusted_weekend_days_are()
    {
        Assert.False(SpringFestival2026.IsWorkingDay(new DateOnly(2026, 2, 7))); // Saturday
        Assert.False(SpringFestival2026.IsWorkingDay(new DateOnly(2026, 2, 16))); // Monday, holiday
        Assert.True(SpringFestival2026.IsWorkingDay(new DateOnly(2026, 2, 14))); // Saturday, worked
        Assert.True(SpringFestival2026.IsWorkingDay(new DateOnly(2026, 2, 24))); // Tuesday
    }

    [Fact]
    public void Working_days_skip_the_holiday_and_count_the_adjusted_day()
    {
        // From Thursday 12 February: Fri 13, Sat 14 (adjusted), then the holiday, then Tue 24, Wed 25.
        Assert.Equal(new DateOnly(2026, 2, 25), SpringFestival2026.AddWorkingDays(new DateOnly(2026, 2, 12), 4));
        Assert.Equal(4, SpringFestival2026.CountWorkingDays(new DateOnly(2026, 2, 12), new DateOnly(2026, 2, 25)));
    }

    [Fact]
    public void The_start_day_never_counts()
    {
        Assert.Equal(new DateOnly(2026, 3, 3), WorkingCalendar.WeekendsOnly.AddWorkingDays(new DateOnly(2026, 3, 2), 1));
        Assert.Equal(new DateOnly(2026, 3, 17), WorkingCalendar.WeekendsOnly.EndOfPeriod(new DateOnly(2026, 3, 2), 15, PeriodUnit.CalendarDays));
    }

    [Fact]
    public void A_period_in_days_ending_on_a_day_off_ends_on_the_next_working_day()
    {
        // 15 days from 1 February 2026 end on 16 February, inside the holiday: the period runs to Tuesday 24.
        Assert.Equal(new DateOnly(2026, 2, 24), SpringFestival2026.EndOfPeriod(new DateOnly(2026, 2, 1), 15, PeriodUnit.CalendarDays));
        // 6 days from Sunday 1 March end on Saturday 7 March: the period runs to Monday 9.
        Assert.Equal(new DateOnly(2026, 3, 9), SpringFestival2026.EndOfPeriod(new DateOnly(2026, 3, 1), 6, PeriodUnit.CalendarDays));
    }

    [Fact]
    public void Statutory_dates_are_China_Standard_Time_days()
    {
        // 17:00 UTC on 1 March is 01:00 on 2 March in Beijing.
        Assert.Equal(new DateOnly(2026, 3, 2), StatutoryTime.DateOf(new DateTimeOffset(2026, 3, 1, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 3, 1), StatutoryTime.DateOf(new DateTimeOffset(2026, 3, 1, 15, 59, 0, TimeSpan.Zero)));
    }
}
