using RuleOfLaw.Appraisal.Domain;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests.Domain;

/// <summary>APP-3 and APP-4 in the cycle aggregate, without a database.</summary>
public sealed class CycleResultsTests
{
    private static readonly DateOnly AfterTheYear = new(Schemes.Year + 1, 1, 20);
    private static readonly CommandTime Time = At(AfterTheYear);

    [Fact]
    public void APP_3_frozen_scores_are_ranked_equal_totals_sharing_a_rank_and_judged_against_the_marks()
    {
        var cycle = Cycle();
        cycle.Freeze([Scores("unit-c", 59.99m), Scores("unit-a", 95m), Scores("unit-b", 95m), Scores("unit-d", 60m), Scores("unit-e", 90m)], new HashSet<string> { "unit-a" }, AfterTheYear, Time);

        Assert.Equal(CycleStatus.Frozen, cycle.Status);
        Assert.Equal(
            [("unit-a", 1, ResultOutcome.Commended, true), ("unit-b", 1, ResultOutcome.Commended, false), ("unit-e", 3, ResultOutcome.Commended, false),
             ("unit-d", 4, ResultOutcome.Passed, false), ("unit-c", 5, ResultOutcome.Failed, false)],
            cycle.Results.Select(r => (r.UnitId, r.Rank, r.Outcome, r.ReportFiled)));
    }

    [Fact]
    public void APP_3_scores_are_frozen_only_after_the_cycle_s_year_and_then_no_longer_adjusted()
    {
        var cycle = Cycle();
        var lastDay = new DateOnly(Schemes.Year, 12, 31);
        Refused("APP-3", () => cycle.Freeze([], new HashSet<string>(), lastDay, At(lastDay)));
        Refused("APP-3", () => cycle.Freeze([], new HashSet<string>(), AfterTheYear.AddDays(1), Time));

        cycle.Freeze([Scores("unit-a", 80m)], new HashSet<string>(), AfterTheYear, Time);
        Refused("APP-3", () => cycle.Adjust("unit-a", "A1b", 5m, "补报材料", "appraiser", Time.Now));
        Refused("APP-3", () => cycle.Freeze([], new HashSet<string>(), AfterTheYear, Time));
    }

    [Fact]
    public void APP_3_results_are_published_no_earlier_than_the_freeze_and_failed_units_are_ordered_to_rectify_with_a_clock()
    {
        var cycle = Cycle();
        Refused("APP-3", () => cycle.Publish(AfterTheYear, 90, Time));
        cycle.Freeze([Scores("unit-a", 95m), Scores("unit-b", 40m), Scores("unit-c", 75m)], new HashSet<string>(), AfterTheYear, Time);
        Refused("APP-3", () => cycle.Publish(AfterTheYear.AddDays(-1), 90, Time));

        var orders = cycle.Publish(AfterTheYear, 90, Time);

        Assert.Equal(CycleStatus.Published, cycle.Status);
        var order = Assert.Single(orders);
        Assert.Equal(("unit-b", RectificationStatus.Ordered, 40m, AfterTheYear), (order.UnitId, order.Status, order.Total, order.OrderedOn));
        var clock = Assert.Single(order.ClockChanges.ToStart);
        Assert.Equal((AppraisalClocks.Rectification, "APP-3", "unit-b", order.DueOn), (clock.Kind, clock.RuleId, clock.UnitId, clock.DueDate));
        Assert.True(order.DueOn >= AfterTheYear.AddDays(90));
        Refused("APP-3", () => cycle.Publish(AfterTheYear, 90, Time));
    }

    [Fact]
    public void APP_3_a_pass_mark_at_or_above_the_commendation_threshold_is_refused()
    {
        Refused("APP-3", () => AppraisalCycle.Create(Schemes.Year, "考核", Schemes.Full, "admin", Time.Now, passMark: 90m, commendationThreshold: 90m));
        Refused("APP-3", () => AppraisalCycle.Create(Schemes.Year, "考核", Schemes.Full, "admin", Time.Now, passMark: 0m));
    }

    [Fact]
    public void APP_3_the_cycle_s_state_graph_has_no_dead_end()
    {
        Move<AppraisalCycle>[] moves =
        [
            new("adjusted", c => c.Adjust("unit-a", "A1b", -5m, "补报", "appraiser", Time.Now)),
            new("report filed", c => c.FileReport($"unit-{Guid.NewGuid():N}", ReportingLevel.Department, "年度报告", "正文", AfterTheYear, false, "staff", Time)),
            new("frozen before the year ended", c => c.Freeze([], new HashSet<string>(), new DateOnly(Schemes.Year, 12, 31), Time)),
            new("frozen", c => c.Freeze([Scores("unit-a", 50m), Scores("unit-b", 95m)], new HashSet<string>(), AfterTheYear, Time)),
            new("published before the freeze", c => c.Publish(AfterTheYear.AddDays(-1), 90, Time)),
            new("published", c => c.Publish(AfterTheYear, 90, Time)),
        ];
        var graph = StateGraph.Walk(Cycle, moves, c => c.Status.ToString(), c => c.Status == CycleStatus.Published);

        Assert.Empty(graph.DeadEnds());
        Assert.Equal(Enum.GetNames<CycleStatus>().Order(), graph.Paths.Keys.Order());
    }

    [Fact]
    public void APP_4_a_unit_files_its_yearly_report_in_the_cycle_once_with_the_recipients_its_level_reports_to()
    {
        var cycle = Cycle();
        var report = cycle.FileReport("district-government", ReportingLevel.Government, "南城区2026年度法治政府建设情况报告", "正文", AfterTheYear, false, "staff", Time);
        Assert.Equal(["同级党委", "同级人大常委会", "上一级人民政府"], report.Recipients);
        Assert.Equal(["本级人民政府", "上一级人民政府有关部门"], AnnualReport.RecipientsOf(ReportingLevel.Department));

        Refused("APP-4", () => cycle.FileReport("district-government", ReportingLevel.Government, "再报", "正文", AfterTheYear, true, "staff", Time));
        Refused("APP-4", () => cycle.FileReport("unit-a", ReportingLevel.Department, "提前", "正文", new DateOnly(Schemes.Year - 1, 12, 31), false, "staff", Time));
        cycle.Freeze([], new HashSet<string>(), AfterTheYear, Time);
        Refused("APP-4", () => cycle.FileReport("unit-b", ReportingLevel.Department, "冻结之后", "正文", AfterTheYear, false, "staff", Time));
    }

    internal static CommandTime At(DateOnly day) => new(new DateTimeOffset(day, new TimeOnly(10, 0), TimeSpan.FromHours(8)), day, WorkingCalendar.WeekendsOnly);

    internal static AppraisalCycle Cycle() => AppraisalCycle.Create(Schemes.Year, "考核", Schemes.Full, "admin", Time.Now);

    internal static UnitScores Scores(string unit, decimal total) => new(unit, total, []);

    internal static void Refused(string ruleId, Action action) => Assert.Equal(ruleId, Assert.Throws<RuleViolationException>(action).RuleId);
}
