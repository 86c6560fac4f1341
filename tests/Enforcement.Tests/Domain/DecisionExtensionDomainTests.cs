using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Enforcement.Domain;
using static RuleOfLaw.Enforcement.Tests.Domain.DomainFixtures;

namespace RuleOfLaw.Enforcement.Tests.Domain;

/// <summary>ENF-4 (处罚法 Art 60): the one extension of a complex case's decision period, checked in memory.</summary>
public sealed class DecisionExtensionDomainTests
{
    private const int MaxDays = 30;
    private readonly Power _power = Power();
    private readonly Officer _a = Officer("张明");
    private readonly Officer _b = Officer("李华");

    private static void Refused(string ruleId, Action action) => Assert.Equal(ruleId, Assert.Throws<RuleViolationException>(action).RuleId);

    private EnforcementCase Opened(DateOnly opened, bool complex = true) =>
        EnforcementCase.Open(Unit.UnitId, _power, [_a, _b], new EnforcementCase.Opening(
            "某餐饮店", PartyKind.Organisation, null, "未查验进货凭证", opened.AddDays(-3), opened, false, false, false, complex, false), On(opened));

    [Fact]
    public void ENF_4_only_a_complex_undecided_case_is_extended_once_before_the_90_days_run_out_and_by_at_most_the_setting()
    {
        var opened = Today.AddDays(-80);
        var due = opened.AddDays(90);
        Refused("ENF-4", () => Opened(opened, complex: false).ExtendDecisionPeriod(Today, due.AddDays(10), "复杂", "局长", MaxDays, On(Today)));
        var c = Opened(opened);
        Refused("ENF-4", () => c.ExtendDecisionPeriod(Today, due.AddDays(MaxDays + 1), "复杂", "局长", MaxDays, On(Today)));
        Refused("ENF-4", () => c.ExtendDecisionPeriod(Today, due, "复杂", "局长", MaxDays, On(Today)));
        Refused("ENF-4", () => c.ExtendDecisionPeriod(opened.AddDays(-1), due.AddDays(10), "复杂", "局长", MaxDays, On(Today)));
        Refused("ENF-4", () => c.ExtendDecisionPeriod(due.AddDays(1), due.AddDays(10), "复杂", "局长", MaxDays, On(due.AddDays(1))));

        c.ClockChanges.Clear();
        c.ExtendDecisionPeriod(Today, due.AddDays(MaxDays), "需委托检验", "局长", MaxDays, On(Today));
        Assert.Equal((due.AddDays(MaxDays), "局长"), (c.DecisionDueOn, c.DecisionExtensionApprovedBy));
        Assert.Equal(new ClockExtension(CaseClocks.Decision, due.AddDays(MaxDays), "需委托检验"), Assert.Single(c.ClockChanges.ToExtend));
        Refused("ENF-4", () => c.ExtendDecisionPeriod(Today, due.AddDays(5), "再次延长", "局长", MaxDays, On(Today)));
    }

    [Fact]
    public void ENF_4_after_an_extension_a_decision_by_the_new_day_is_on_time()
    {
        var opened = Today.AddDays(-100);
        var c = Opened(opened);
        c.ExtendDecisionPeriod(opened.AddDays(85), opened.AddDays(110), "需委托检验", "局长", MaxDays, On(opened.AddDays(85)));
        c.RecordEvidence(Evidence(_a, opened), On(opened));
        c.Notify(opened.AddDays(60), "理由", new Penalty(PenaltyKind.Fine, 8000), On(opened.AddDays(60)));
        c.ReviewLegality(opened.AddDays(95), Officer("赵律", reviewer: true), "同意", On(Today));
        c.Decide(Today, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today));
        Assert.False(c.DecidedLate);
    }

    [Fact]
    public void ENF_4_a_decision_period_ending_on_a_rest_day_runs_to_the_next_working_day_and_a_decision_that_day_is_on_time()
    {
        // Opened on 7 December 2025: the 90th day, 7 March 2026, is a Saturday; the period runs to Monday 9 March.
        var opened = new DateOnly(2025, 12, 7);
        var c = Opened(opened, complex: false);
        var monday = new DateOnly(2026, 3, 9);
        Assert.Equal((monday, monday), (c.DecisionDueOn, Assert.Single(c.ClockChanges.ToStart).DueDate));

        c.RecordEvidence(Evidence(_a, opened), On(opened));
        c.Notify(opened.AddDays(60), "理由", new Penalty(PenaltyKind.Fine, 8000), On(opened.AddDays(60)));
        c.Decide(monday, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(monday));
        Assert.False(c.DecidedLate);
    }
}
