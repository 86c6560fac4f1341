using RuleOfLaw.Appraisal.Domain;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.Testing;
using static RuleOfLaw.Appraisal.Tests.Domain.CycleResultsTests;

namespace RuleOfLaw.Appraisal.Tests.Domain;

/// <summary>APP-3: a failed unit's rectification, without a database.</summary>
public sealed class RectificationTests
{
    private static readonly DateOnly PublishedOn = new(Schemes.Year + 1, 2, 1);
    private static readonly CommandTime Later = At(PublishedOn.AddDays(120));

    [Fact]
    public void APP_3_a_report_no_earlier_than_the_order_stops_the_clock_and_the_administrator_finds_it_done()
    {
        var rectification = Ordered();
        Refused("APP-3", () => rectification.Complete(PublishedOn, "未报告", Later));
        Refused("APP-3", () => rectification.Report(PublishedOn.AddDays(-1), "整改措施", Later));

        rectification.Report(PublishedOn.AddDays(30), "整改措施", Later);
        Assert.Equal([AppraisalClocks.Rectification], rectification.ClockChanges.KindsToStop);
        Refused("APP-3", () => rectification.Complete(PublishedOn.AddDays(29), "验收", Later));
        rectification.Complete(PublishedOn.AddDays(31), "整改到位", Later);
        Assert.Equal((RectificationStatus.Completed, false), (rectification.Status, rectification.Overdue));
    }

    [Fact]
    public void APP_3_a_rectification_whose_deadline_ran_out_is_flagged_overdue_and_may_still_be_reported_late()
    {
        var rectification = Ordered();
        rectification.MarkOverdue(Later.Now);
        Assert.True(rectification.Overdue);
        rectification.Report(rectification.DueOn.AddDays(3), "逾期整改", Later);
        Assert.True(rectification.ReportedOn > rectification.DueOn);

        // A clock firing after the report changes nothing.
        rectification.MarkOverdue(Later.Now);
        Assert.Equal(RectificationStatus.Reported, rectification.Status);
    }

    [Fact]
    public void APP_3_the_rectification_s_state_graph_has_no_dead_end()
    {
        Move<Rectification>[] moves =
        [
            new("the deadline runs out", r => r.MarkOverdue(Later.Now)),
            new("reported before the order", r => r.Report(PublishedOn.AddDays(-1), "整改", Later)),
            new("reported", r => r.Report(PublishedOn.AddDays(10), "整改", Later)),
            new("found done", r => r.Complete(PublishedOn.AddDays(20), "验收", Later)),
        ];
        var graph = StateGraph.Walk(Ordered, moves, r => $"{r.Status}|overdue {r.Overdue}", r => r.Status == RectificationStatus.Completed);

        Assert.Empty(graph.DeadEnds());
        Assert.Equal(Enum.GetNames<RectificationStatus>().Order(), graph.Paths.Keys.Select(k => k.Split('|')[0]).Distinct().Order());
    }

    private static Rectification Ordered()
    {
        var cycle = Cycle();
        cycle.Freeze([Scores("unit-a", 45m)], new HashSet<string>(), PublishedOn, At(PublishedOn));
        return Assert.Single(cycle.Publish(PublishedOn, 90, At(PublishedOn)));
    }
}
