using RuleOfLaw.BuildingBlocks.Clocks;

namespace RuleOfLaw.BuildingBlocks.Tests.Clocks;

public sealed class ClockChangesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Record = Guid.NewGuid();

    private static StatutoryClock Clock(string kind, int days = 15) =>
        StatutoryClock.Start("Record", Record, "unit-a", kind, "RULE-1", new DateOnly(2026, 3, 2), days, PeriodUnit.CalendarDays, WorkingCalendar.WeekendsOnly, Now);

    [Fact]
    public void A_stop_reaches_saved_clocks_and_those_started_before_it_but_not_after()
    {
        var saved = Clock("decision");
        var changes = new ClockChanges();
        var early = changes.Start(Clock("service"));
        changes.StepTaken("service", Now.AddDays(1));
        changes.StepTaken("decision", Now.AddDays(1));
        var late = changes.Start(Clock("service"));

        var added = changes.Apply([saved]);

        Assert.Equal([early, late], added);
        Assert.Equal((ClockStatus.Stopped, ClockStatus.Stopped, ClockStatus.Running), (saved.Status, early.Status, late.Status));
        Assert.Equal(Now.AddDays(1), early.EndedAt);
        Assert.Empty(changes.ToStart);
    }

    [Fact]
    public void A_stop_of_no_kind_stops_every_clock_with_its_reason()
    {
        var changes = new ClockChanges();
        changes.Stop(null, "concluded", Now);
        Assert.Equal([null], changes.KindsToStop);

        var clocks = new[] { Clock("answer"), Clock("decision") };
        changes.Apply(clocks);

        Assert.All(clocks, c => Assert.Equal((ClockStatus.Stopped, "concluded"), (c.Status, c.PendingChanges[^1].Reason)));
    }

    [Fact]
    public void An_extension_moves_only_clocks_of_its_kind_due_earlier()
    {
        var decision = Clock("decision");
        var later = Clock("decision", 60);
        var other = Clock("service");
        var changes = new ClockChanges();
        var dueOn = decision.DueDate.AddDays(30);
        changes.Extend("decision", dueOn, "complex case", WorkingCalendar.WeekendsOnly, Now);
        Assert.Equal(new ClockExtension("decision", dueOn, "complex case"), Assert.Single(changes.ToExtend));
        var (laterDue, otherDue) = (later.DueDate, other.DueDate);

        changes.Apply([decision, later, other]);

        Assert.Equal(WorkingCalendar.WeekendsOnly.EndOfPeriod(dueOn.AddDays(-30), 30, PeriodUnit.CalendarDays), decision.DueDate);
        Assert.Equal((laterDue, otherDue), (later.DueDate, other.DueDate));
    }
}
