using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Reconsideration.Domain;

namespace RuleOfLaw.Reconsideration.Tests.Domain;

/// <summary>The case's rules in memory: no database, no bus.</summary>
public sealed class ReconsiderationCaseTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static CommandTime On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero), day, WorkingCalendar.WeekendsOnly);

    private static Application Contested(DateOnly learnedOn, bool told = true, string? lateReason = null, decimal? amount = 8000m, bool failureToAct = false, string? document = null) =>
        new("district-market-regulation", "南市监罚〔2026〕12号", "罚款8000元", failureToAct, learnedOn.AddDays(-1), learnedOn, told, amount, "撤销", null, document, document is null ? [] : ["第五条"], lateReason);

    private static ReconsiderationCase Apply(Application? application = null) =>
        ReconsiderationCase.Apply("district-government", "citizen-1", "张三", application ?? Contested(Today.AddDays(-5)), settledBefore: false, On(Today));

    private static ReconsiderationCase Ready(Application? application = null)
    {
        var @case = Apply(application);
        @case.Accept(Today, ProcedureKind.Ordinary, null, major: false, On(Today));
        @case.AssignOfficers(["李静", "王磊"], On(Today));
        @case.SendCopy(Today, On(Today));
        return @case;
    }

    [Fact]
    public void REC_1_a_period_whose_last_day_is_a_rest_day_runs_to_the_next_working_day()
    {
        var learned = new DateOnly(2025, 12, 30); // the 60th day after is Saturday 2026-02-28
        Assert.Equal(Today, ReconsiderationCase.ApplicationDeadline(learned, toldOfRight: true, WorkingCalendar.WeekendsOnly));
        Assert.Equal(Today.AddDays(1), ReconsiderationCase.ApplicationDeadline(learned, toldOfRight: true, new WorkingCalendar([Today], [])));

        // On the Monday after, the application is on time: no reason for lateness is asked for.
        Assert.False(Apply(Contested(learned)).Late);
    }

    [Fact]
    public void REC_1_the_period_is_60_days_or_a_year_where_not_told_and_late_needs_a_reason()
    {
        Assert.Equal(Today.AddDays(60), ReconsiderationCase.ApplicationDeadline(Today, toldOfRight: true, WorkingCalendar.WeekendsOnly));
        Assert.Equal(Today.AddYears(1), ReconsiderationCase.ApplicationDeadline(Today, toldOfRight: false, WorkingCalendar.WeekendsOnly));
        // Learned 63 days ago: the 60th day was Friday 2026-02-27, a working day.
        Assert.Equal("REC-1", Assert.Throws<RuleViolationException>(() => Apply(Contested(Today.AddDays(-63)))).RuleId);
        Assert.True(Apply(Contested(Today.AddDays(-63), lateReason: "住院")).Late);
        Assert.False(Apply(Contested(Today.AddDays(-300), told: false)).Late);
    }

    [Fact]
    public void REC_2_acceptance_runs_5_working_days_and_deeming_accepts_the_day_after()
    {
        var @case = Apply();
        var clock = @case.ClockOf(CaseClocks.Acceptance)!;
        Assert.Equal(new DateOnly(2026, 3, 9), clock.DueDate);
        @case.AcceptByDeeming(On(new DateOnly(2026, 3, 12)));
        Assert.Equal(CaseStatus.Accepted, @case.Status);
        Assert.True(@case.DeemedAccepted);
        Assert.Equal(new DateOnly(2026, 3, 10), @case.AcceptedOn);
    }

    [Fact]
    public void REC_2_corrections_are_asked_once_and_pause_acceptance()
    {
        var @case = Apply();
        @case.RequestCorrection(Today, "身份证明", On(Today));
        Assert.Equal(ClockStatus.Paused, @case.ClockOf(CaseClocks.Acceptance)!.Status);
        @case.Correct(Today.AddDays(2), "已补充", On(Today.AddDays(2)));
        Assert.Equal("REC-2", Assert.Throws<RuleViolationException>(() => @case.RequestCorrection(Today.AddDays(2), "再补", On(Today.AddDays(2)))).RuleId);
    }

    [Fact]
    public void REC_3_simplified_needs_an_amount_of_at_most_3000()
    {
        Assert.Equal("REC-3", Assert.Throws<RuleViolationException>(() => Apply().Accept(Today, ProcedureKind.Simplified, SimplifiedGround.SmallAmount, false, On(Today))).RuleId);
        var small = Apply(Contested(Today.AddDays(-5), amount: 3000m));
        small.Accept(Today, ProcedureKind.Simplified, SimplifiedGround.SmallAmount, false, On(Today));
        Assert.Equal(new DateOnly(2026, 4, 1), small.ClockOf(CaseClocks.Decision)!.DueDate);
        Assert.Equal(new DateOnly(2026, 3, 5), small.ClockOf(CaseClocks.Copy)!.DueDate);
    }

    [Fact]
    public void REC_4_two_officers_and_a_hearing_panel_with_5_working_days_notice()
    {
        var @case = Apply();
        @case.Accept(Today, ProcedureKind.Ordinary, null, major: true, On(Today));
        Assert.Equal("REC-4", Assert.Throws<RuleViolationException>(() => @case.AssignOfficers(["李静"], On(Today))).RuleId);
        Assert.Equal("REC-4", Assert.Throws<RuleViolationException>(() => @case.ScheduleHearing(Today, new DateOnly(2026, 3, 9), "李静", ["王磊", "陈晨"], "赵敏", On(Today))).RuleId);
        @case.ScheduleHearing(Today, new DateOnly(2026, 3, 10), "李静", ["王磊", "陈晨", "李静"], "赵敏", On(Today));
        Assert.Equal(["王磊", "陈晨"], @case.HearingOfficers);
    }

    [Fact]
    public void REC_5_settlement_is_a_withdrawal_that_bars_refiling()
    {
        var @case = Ready();
        @case.Settle(Today, "和解", On(Today));
        Assert.Equal(CaseStatus.Withdrawn, @case.Status);
        Assert.True(@case.Settled);
        Assert.Equal("REC-5", Assert.Throws<RuleViolationException>(() =>
            ReconsiderationCase.Apply("district-government", "citizen-1", "张三", Contested(Today), settledBefore: true, On(Today))).RuleId);
    }

    [Fact]
    public void REC_6_a_variation_only_lowers_the_amount_and_an_extension_is_once_at_most_30()
    {
        var @case = Ready();
        Assert.Equal("REC-6", Assert.Throws<RuleViolationException>(() => @case.Decide(Outcome.Varied, Today, "加重", 9000m, On(Today))).RuleId);
        Assert.Equal("REC-6", Assert.Throws<RuleViolationException>(() => @case.Extend(31, "复杂", On(Today))).RuleId);
        @case.Extend(30, "复杂", On(Today));
        Assert.Equal("REC-6", Assert.Throws<RuleViolationException>(() => @case.Extend(1, "再延", On(Today))).RuleId);
        @case.Decide(Outcome.Varied, Today, "罚款过重", 5000m, On(Today));
        Assert.Equal(CaseStatus.Decided, @case.Status);
        Assert.All(@case.Clocks.Where(c => c.Kind != CaseClocks.Compliance), c => Assert.NotEqual(ClockStatus.Running, c.Status));
        Assert.Equal(ClockStatus.Running, @case.ClockOf(CaseClocks.Compliance)!.Status);
    }

    [Fact]
    public void REC_6_suspension_pauses_and_resumption_keeps_the_days_left()
    {
        var @case = Ready();
        var due = @case.ClockOf(CaseClocks.Decision)!.DueDate;
        @case.Suspend(Today, "申请人因病", On(Today));
        Assert.Equal("REC-6", Assert.Throws<RuleViolationException>(() => @case.Decide(Outcome.Upheld, Today, "维持", null, On(Today))).RuleId);
        @case.Resume(Today.AddDays(7), On(Today.AddDays(7)));
        Assert.Equal(due.AddDays(7), @case.ClockOf(CaseClocks.Decision)!.DueDate);
    }

    [Fact]
    public void REC_9_a_document_under_review_suspends_the_case_until_its_result()
    {
        var @case = Apply(Contested(Today.AddDays(-5), document: "南府规〔2026〕3号"));
        @case.Accept(Today, ProcedureKind.Ordinary, null, false, On(Today));
        Assert.Equal(CaseStatus.Suspended, @case.Status);
        Assert.Equal("REC-9", Assert.Throws<RuleViolationException>(() => @case.Resume(Today, On(Today))).RuleId);
        @case.ConcludeIncidentalReview("Lawful", [], "合法", On(Today.AddDays(20)));
        Assert.Equal(CaseStatus.Accepted, @case.Status);
        Assert.Equal(ClockStatus.Running, @case.ClockOf(CaseClocks.Decision)!.Status);
    }
}
