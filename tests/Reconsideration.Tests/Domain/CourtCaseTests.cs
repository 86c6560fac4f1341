using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Testing;
using static RuleOfLaw.Reconsideration.Tests.Domain.RemedyRun;

namespace RuleOfLaw.Reconsideration.Tests.Domain;

/// <summary>REC-10's rules in memory: no database, no bus.</summary>
public sealed class CourtCaseTests
{
    private static CourtCase Served(int daysAgo = 0) =>
        CourtCase.Register("district-government", "district-market-regulation", "南城区人民法院", "（2026）桂0108行初12号", "某公司", "南市监罚〔2026〕12号", Today.AddDays(-daysAgo), Now);

    [Fact]
    public void REC_10_defence_is_due_15_days_after_service_and_a_missing_one_is_flagged()
    {
        var @case = Served(5);
        Assert.Equal(Today.AddDays(10), @case.DefenceDueOn);
        Assert.Equal(RemedyClocks.Defence, Assert.Single(@case.ClockChanges.ToStart).Kind);
        @case.MarkDefenceOverdue(Now.Now);
        Assert.True(@case.DefenceOverdue);

        var defended = Served();
        defended.FileDefence(Today, "答辩状", Now);
        Assert.Equal(ClockStatus.Stopped, defended.ClockOf(RemedyClocks.Defence)!.Status);
        defended.MarkDefenceOverdue(Now.Now);
        Assert.False(defended.DefenceOverdue);
        Assert.Equal("REC-10", Assert.Throws<RuleViolationException>(() => defended.FileDefence(Today, "再答辩", Now)).RuleId);
        Assert.Equal("REC-10", Assert.Throws<RuleViolationException>(() => CourtCase.Register("o", "u", "法院", "1号", "甲", "行为", Today.AddDays(1), Now)).RuleId);
    }

    [Fact]
    public void REC_10_hearings_and_the_judgment_keep_date_order_and_only_a_judgment_against_the_unit_is_lost()
    {
        var @case = Served(10);
        Assert.Equal("REC-10", Assert.Throws<RuleViolationException>(() => @case.RecordHearing(Today.AddDays(-11), true, "局长", null, Now)).RuleId);
        @case.RecordHearing(Today.AddDays(-2), true, "局长", null, Now);
        Assert.Equal("REC-10", Assert.Throws<RuleViolationException>(() => @case.RecordHearing(Today.AddDays(-3), false, "代理人", null, Now)).RuleId);
        Assert.Equal("REC-10", Assert.Throws<RuleViolationException>(() => @case.RecordJudgment(Judgment.Dismissed, Today.AddDays(-3), "驳回", Now)).RuleId);
        @case.RecordJudgment(Judgment.Dismissed, Today, "驳回诉讼请求", Now);
        Assert.False(@case.Lost);
        Assert.Equal(ClockStatus.Stopped, @case.ClockOf(RemedyClocks.Defence)!.Status);

        foreach (var lost in new[] { Judgment.Revoked, Judgment.PerformanceOrdered, Judgment.ConfirmedUnlawful })
        {
            var against = Served();
            against.RecordJudgment(lost, Today, "判决", Now);
            Assert.True(against.Lost);
        }
    }

    [Fact]
    public void Everyone_court_case_has_no_dead_end()
    {
        IReadOnlyList<Move<CourtCase>> moves =
        [
            new("defence filed", c => c.FileDefence(Today, "答辩状", Now)),
            new("the defence clock runs out", c => c.MarkDefenceOverdue(Now.Now)),
            new("heard, head appeared", c => c.RecordHearing(Today, true, "局长", null, Now)),
            new("heard, head absent", c => c.RecordHearing(Today, false, "代理人", null, Now)),
            .. Enum.GetValues<Judgment>().Select(j => new Move<CourtCase>($"judged {j}", c => c.RecordJudgment(j, Today, "判决", Now))),
        ];
        var graph = StateGraph.Walk(
            () => Served(),
            moves,
            c => $"{c.Status}|overdue {c.DefenceOverdue}|heard {c.Hearings.Count > 0}|lost {c.Lost}",
            c => c.Status == CourtCaseStatus.Judged);

        Assert.Empty(graph.DeadEnds());
        Assert.Equal(Enum.GetNames<CourtCaseStatus>().Order(), graph.Paths.Keys.Select(s => s.Split('|')[0]).Distinct().Order());
    }
}
