using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Contracts.Clocks;

namespace RuleOfLaw.BuildingBlocks.Tests.Clocks;

public sealed class StatutoryClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static StatutoryClock Filing(int days = 15, PeriodUnit unit = PeriodUnit.CalendarDays) =>
        StatutoryClock.Start("NormativeDocument", Guid.NewGuid(), "unit-a", "filing", "DOC-9", new DateOnly(2026, 3, 2), days, unit, WorkingCalendar.WeekendsOnly, Now);

    [Fact]
    public void Is_due_only_after_the_last_day_has_passed()
    {
        var clock = Filing();
        Assert.Equal(new DateOnly(2026, 3, 17), clock.DueDate);
        Assert.False(clock.IsDue(new DateOnly(2026, 3, 17)));
        Assert.True(clock.IsDue(new DateOnly(2026, 3, 18)));
    }

    [Fact]
    public void Days_while_paused_do_not_count()
    {
        var clock = Filing();
        clock.Pause(new DateOnly(2026, 3, 10), Now, "中止: awaiting another organ's decision");
        Assert.False(clock.IsDue(new DateOnly(2026, 4, 30)));
        clock.Resume(new DateOnly(2026, 3, 20), WorkingCalendar.WeekendsOnly, Now);
        // 7 days were left on 10 March; resumed 20 March, due 27 March.
        Assert.Equal(new DateOnly(2026, 3, 27), clock.DueDate);
    }

    [Fact]
    public void Working_day_clocks_resume_with_the_working_days_left()
    {
        var clock = Filing(5, PeriodUnit.WorkingDays); // Mon 2 March + 5 working days = Mon 9 March
        Assert.Equal(new DateOnly(2026, 3, 9), clock.DueDate);
        clock.Pause(new DateOnly(2026, 3, 4), Now, "corrections requested"); // 3 working days left: Thu, Fri, Mon
        clock.Resume(new DateOnly(2026, 3, 13), WorkingCalendar.WeekendsOnly, Now); // Fri 13 → Mon 16, Tue 17, Wed 18
        Assert.Equal(new DateOnly(2026, 3, 18), clock.DueDate);
    }

    [Fact]
    public void Elapsing_records_the_change_and_publishes_the_missed_deadline()
    {
        var clock = Filing();
        clock.Elapse("normative-documents", Now.AddDays(16));
        Assert.Equal(ClockStatus.Elapsed, clock.Status);
        var published = Assert.IsType<StatutoryDeadlineElapsed>(Assert.Single(clock.PendingEvents));
        Assert.Equal(("DOC-9", "filing", new DateOnly(2026, 3, 17)), (published.RuleId, published.ClockKind, published.DueDate));
        Assert.Equal(["Running", "Elapsed"], clock.PendingChanges.Select(c => c.To));
    }

    [Fact]
    public void A_stopped_clock_never_elapses()
    {
        var clock = Filing();
        clock.Stop(Now, "filed on time");
        Assert.False(clock.IsDue(new DateOnly(2027, 1, 1)));
        Assert.Throws<InvalidOperationException>(() => clock.Elapse("normative-documents", Now));
    }

    [Fact]
    public void An_extension_moves_the_due_day_and_is_recorded()
    {
        var clock = Filing(60);
        clock.Extend(30, WorkingCalendar.WeekendsOnly, Now, "complex case");
        Assert.Equal(new DateOnly(2026, 6, 1), clock.DueDate); // 1 May + 30 = 31 May, a Sunday → 1 June
        Assert.Contains(clock.PendingChanges, c => c.Reason!.Contains("complex case", StringComparison.Ordinal));
    }
}
