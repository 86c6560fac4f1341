using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Calendar;

namespace RuleOfLaw.BuildingBlocks.Tests.Calendar;

public sealed class WorkingCalendarYearTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CAL_1_an_adjusted_working_day_must_be_a_weekend_day()
    {
        var year = WorkingCalendarYear.Create(2026);
        var refused = Assert.Throws<RuleViolationException>(() => year.Set([new DateOnly(2026, 1, 1)], [new DateOnly(2026, 1, 5)], Now));
        Assert.Equal("CAL-1", refused.RuleId);
    }

    [Fact]
    public void CAL_1_dates_must_fall_in_the_year_and_not_be_both()
    {
        var year = WorkingCalendarYear.Create(2026);
        Assert.Throws<RuleViolationException>(() => year.Set([new DateOnly(2027, 1, 1)], [], Now));
        Assert.Throws<RuleViolationException>(() => year.Set([new DateOnly(2026, 1, 4)], [new DateOnly(2026, 1, 4)], Now));
    }

    [Fact]
    public void Each_save_is_a_new_revision_published_to_the_other_services()
    {
        var year = WorkingCalendarYear.Create(2026);
        year.Set([new DateOnly(2026, 1, 1)], [], Now);
        year.Set([new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)], [new DateOnly(2026, 1, 4)], Now);
        var published = year.PendingEvents.OfType<WorkingCalendarYearPublished>().ToList();
        Assert.Equal([1L, 2L], published.Select(p => p.Version));
        Assert.Equal(2, published[^1].Holidays.Count);
    }

    [Fact]
    public void A_copy_ignores_a_revision_older_than_the_one_it_holds()
    {
        var owner = WorkingCalendarYear.Create(2026);
        owner.Set([new DateOnly(2026, 1, 1)], [], Now);
        owner.Set([new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)], [], Now);
        var events = owner.PendingEvents.OfType<WorkingCalendarYearPublished>().ToList();

        var copy = WorkingCalendarYear.Create(2026);
        Assert.True(copy.ApplyPublished(events[1]));
        Assert.False(copy.ApplyPublished(events[0])); // arrived late
        Assert.Equal(2, copy.Holidays.Count);
    }
}
