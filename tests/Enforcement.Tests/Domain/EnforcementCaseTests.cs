using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Enforcement.Domain;
using static RuleOfLaw.Enforcement.Tests.Domain.DomainFixtures;

namespace RuleOfLaw.Enforcement.Tests.Domain;

/// <summary>The case aggregate's rules, checked in memory (ENF-1, ENF-2, ENF-4, ENF-5, ENF-7, REC-7).</summary>
public sealed class EnforcementCaseTests
{
    private readonly Power _power = Power();
    private readonly Officer _a = Officer("张明");
    private readonly Officer _b = Officer("李华");
    private readonly Officer _presider = Officer("王芳");
    private readonly Officer _reviewer = Officer("赵律", reviewer: true);

    private static void Refused(string ruleId, Action action) => Assert.Equal(ruleId, Assert.Throws<RuleViolationException>(action).RuleId);

    private EnforcementCase Notified(DateOnly opened, DateOnly notice, decimal proposed = 8000)
    {
        var c = Open(_power, [_a, _b], opened);
        c.RecordEvidence(Evidence(_a, opened), On(opened));
        c.Notify(notice, "理由", new Penalty(PenaltyKind.Fine, proposed), On(notice));
        return c;
    }

    [Fact]
    public void ENF_2_a_case_is_opened_by_two_officers_certified_on_the_day()
    {
        Refused("ENF-2", () => Open(_power, [_a], Today));
        Refused("ENF-2", () => Open(_power, [_a, _a], Today));
        Refused("ENF-2", () => Open(_power, [_a, Officer("过期", until: Today.AddDays(-1))], Today));
        var revoked = Officer("吊销");
        revoked.Revoke(Today, "调离", At(Today));
        Refused("ENF-2", () => Open(_power, [_a, revoked], Today));
        Assert.Equal(CaseStatus.Opened, Open(_power, [_a, revoked], Today.AddDays(-1)).Status);
    }

    [Fact]
    public void ENF_1_a_case_is_opened_under_a_power_in_effect_and_inherits_its_flag()
    {
        Refused("ENF-1", () => Open(_power, [_a, _b], Today.AddYears(-2), Today.AddYears(-2).AddDays(-1)));
        _power.FlagBasis("南府规〔2026〕3号 is no longer in force", At(Today));
        Assert.NotNull(Open(_power, [_a, _b], Today).BasisFlag);
    }

    [Fact]
    public void ENF_7_limitation_runs_two_years_from_the_act_or_five_for_life_health_or_finance()
    {
        Refused("ENF-7", () => Open(_power, [_a, _b], Today, Today.AddYears(-2).AddDays(-1)));
        Assert.Equal(CaseStatus.Opened, Open(_power, [_a, _b], Today, Today.AddYears(-2)).Status);
        Assert.Equal(CaseStatus.Opened, Open(_power, [_a, _b], Today, Today.AddYears(-5), lifeHealth: true).Status);
        Refused("ENF-7", () => Open(_power, [_a, _b], Today, Today.AddYears(-5).AddDays(-1), lifeHealth: true));
    }

    [Fact]
    public void ENF_4_opening_starts_the_90_day_clock_and_the_decision_stops_it_and_starts_the_7_day_service_clock()
    {
        var c = Notified(Today.AddDays(-40), Today.AddDays(-30));
        Assert.Contains(CaseClocks.Decision, c.ClockChanges.ToStart.Select(k => k.Kind));
        c.ClockChanges.Clear();
        c.Decide(Today, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today));
        Assert.Equal([CaseClocks.Decision], c.ClockChanges.KindsToStop);
        var service = Assert.Single(c.ClockChanges.ToStart);
        Assert.Equal((CaseClocks.Service, Today.AddDays(7) <= service.DueDate), (service.Kind, true));
    }

    [Fact]
    public void ENF_4_no_step_is_skipped_and_the_hearing_is_asked_for_within_five_days()
    {
        var c = Open(_power, [_a, _b], Today.AddDays(-20));
        Refused("ENF-4", () => c.Notify(Today, "理由", new Penalty(PenaltyKind.Fine, 8000), On(Today)));
        Refused("ENF-4", () => c.Decide(Today, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today)));
        Refused("ENF-2", () => c.RecordEvidence(Evidence(_presider, Today), On(Today)));

        var late = Notified(Today.AddDays(-20), Today.AddDays(-10));
        Refused("ENF-4", () => late.RequestHearing(Today.AddDays(-4), On(Today)));
        late.RequestHearing(Today.AddDays(-5), On(Today));
        Refused("ENF-4", () => late.Decide(Today, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today)));

        var early = Notified(Today.AddDays(-20), Today.AddDays(-3));
        Refused("ENF-4", () => early.Decide(Today, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today)));
    }

    [Fact]
    public void ENF_4_a_hearing_window_or_service_period_ending_on_a_rest_day_runs_to_the_next_working_day()
    {
        // Noticed on Monday 2026-02-16: the fifth day after is Saturday, so the party may still ask on Monday 2026-02-23.
        var noticedOn = new DateOnly(2026, 2, 16);
        var asking = Notified(noticedOn.AddDays(-10), noticedOn);
        asking.RequestHearing(noticedOn.AddDays(7), On(Today));
        Assert.Equal(CaseStatus.HearingRequested, asking.Status);

        var waiting = Notified(noticedOn.AddDays(-10), noticedOn);
        Refused("ENF-4", () => waiting.Decide(noticedOn.AddDays(7), new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today)));
        waiting.Decide(noticedOn.AddDays(8), new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today));

        // Decided on 2026-02-24; the seventh day after, 2026-03-03, is a holiday here, so service on 2026-03-04 is on time.
        var holiday = new CommandTime(At(Today), Today, new WorkingCalendar([new DateOnly(2026, 3, 3)], []));
        waiting.Serve(new DateOnly(2026, 3, 4), "直接送达", holiday);
        Assert.False(waiting.ServedLate);
    }

    [Fact]
    public void ENF_4_the_hearing_is_noticed_seven_days_ahead_by_a_presider_who_did_not_investigate_and_then_reviewed_by_a_qualified_reviewer()
    {
        var c = Notified(Today.AddDays(-40), Today.AddDays(-30));
        c.RequestHearing(Today.AddDays(-28), On(Today));
        Refused("ENF-4", () => c.ScheduleHearing(Today.AddDays(-27), Today.AddDays(-21), _presider, On(Today)));
        Refused("ENF-4", () => c.ScheduleHearing(Today.AddDays(-27), Today.AddDays(-20), _a, On(Today)));
        c.ScheduleHearing(Today.AddDays(-27), Today.AddDays(-20), _presider, On(Today));
        c.HoldHearing(Today.AddDays(-20), On(Today));
        Assert.True(c.RequiresLegalReview);
        Refused("ENF-4", () => c.Decide(Today, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today)));
        Refused("ENF-4", () => c.ReviewLegality(Today, _presider, "同意", On(Today)));
        c.ReviewLegality(Today, _reviewer, "同意", On(Today));
        c.Decide(Today, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today));
        Assert.Equal(CaseStatus.Decided, c.Status);
    }

    [Fact]
    public void ENF_4_after_a_defence_the_penalty_is_never_heavier_than_in_the_notice()
    {
        var c = Notified(Today.AddDays(-40), Today.AddDays(-30), proposed: 8000);
        c.RecordDefence(Today.AddDays(-29), "首次违法", waivesHearing: true, On(Today));
        Refused("ENF-4", () => c.Decide(Today, new Penalty(PenaltyKind.Fine, 8001), Circumstance.Ordinary, Benchmark(_power), null, On(Today)));
        Refused("ENF-4", () => c.Decide(Today, new Penalty(PenaltyKind.LicenceSuspension, 0), Circumstance.Ordinary, Benchmark(_power), null, On(Today)));
        c.Decide(Today, new Penalty(PenaltyKind.Fine, 6000), Circumstance.Ordinary, Benchmark(_power), null, On(Today));
        Assert.Equal(6000m, c.PenaltyAmount);
    }

    [Fact]
    public void ENF_5_a_decision_needs_a_published_benchmark_and_an_override_with_a_reason_outside_its_range()
    {
        var c = Notified(Today.AddDays(-40), Today.AddDays(-30), proposed: 30000);
        Refused("ENF-5", () => c.Decide(Today, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, null, null, On(Today)));
        var draft = DiscretionBenchmark.Draft(_power, "草稿", [new BenchmarkRange { Circumstance = Circumstance.Ordinary, MinAmount = 0, MaxAmount = 1 }], At(Today));
        Refused("ENF-5", () => c.Decide(Today, new Penalty(PenaltyKind.Fine, 1), Circumstance.Ordinary, draft, null, On(Today)));
        Refused("ENF-5", () => c.Decide(Today, new Penalty(PenaltyKind.Fine, 25000), Circumstance.Ordinary, Benchmark(_power), " ", On(Today)));
        c.Decide(Today, new Penalty(PenaltyKind.Fine, 25000), Circumstance.Ordinary, Benchmark(_power), "违法所得较大", On(Today));
        Assert.True(c.OutsideBenchmark);
        Refused("ENF-5", () => DiscretionBenchmark.Draft(_power, "倒挂",
        [
            new BenchmarkRange { Circumstance = Circumstance.Minor, MinAmount = 0, MaxAmount = 9000 },
            new BenchmarkRange { Circumstance = Circumstance.Ordinary, MinAmount = 0, MaxAmount = 5000 },
        ], At(Today)));
    }

    [Fact]
    public void ENF_7_on_the_spot_fines_stay_within_200_for_an_individual_and_3000_for_an_organisation()
    {
        var person = Open(_power, [_a, _b], Today, onTheSpot: true, party: PartyKind.Individual);
        Refused("ENF-7", () => person.Decide(Today, new Penalty(PenaltyKind.Fine, 201), Circumstance.Minor, Benchmark(_power), null, On(Today)));
        person.Decide(Today, new Penalty(PenaltyKind.Fine, 200), Circumstance.Minor, Benchmark(_power), null, On(Today));
        var company = Open(_power, [_a, _b], Today, onTheSpot: true);
        Refused("ENF-7", () => company.Decide(Today, new Penalty(PenaltyKind.Fine, 3001), Circumstance.Minor, Benchmark(_power), null, On(Today)));
        Refused("ENF-7", () => company.Decide(Today, new Penalty(PenaltyKind.LicenceRevocation, 0), Circumstance.Minor, Benchmark(_power), null, On(Today)));
    }

    [Fact]
    public void REC_7_a_revoked_or_varied_published_decision_starts_the_3_day_withdrawal_clock()
    {
        var c = Notified(Today.AddDays(-40), Today.AddDays(-30));
        c.Decide(Today, new Penalty(PenaltyKind.Fine, 8000), Circumstance.Ordinary, Benchmark(_power), null, On(Today));
        c.ClockChanges.Clear();
        c.RecordReconsideration("Upheld", Today, On(Today));
        Assert.Empty(c.ClockChanges.ToStart);
        Refused("ENF-7", () => c.Withdraw(Today, On(Today)));

        c.Publish(Today, On(Today));
        c.RecordReconsideration("Revoked", Today, On(Today));
        var clock = Assert.Single(c.ClockChanges.ToStart);
        Assert.Equal((CaseClocks.Withdrawal, "ENF-7"), (clock.Kind, clock.RuleId));
        c.Withdraw(Today.AddDays(2), On(Today.AddDays(2)));
        Assert.Equal(Today.AddDays(2), c.WithdrawnOn);
    }

    [Fact]
    public void ENF_10_only_a_closed_case_is_rated_and_only_once()
    {
        var c = Open(_power, [_a, _b], Today, onTheSpot: true);
        Refused("ENF-10", () => c.Rate(5, null, At(Today)));
        c.Decide(Today, new Penalty(PenaltyKind.Fine, 100), Circumstance.Minor, Benchmark(_power), null, On(Today));
        c.Serve(Today, "当场交付", On(Today));
        c.Execute(Today, "当场缴纳", On(Today));
        c.Close(Today, On(Today));
        c.Rate(5, "满意", At(Today));
        Refused("ENF-10", () => c.Rate(1, null, At(Today)));
    }

    [Fact]
    public void ENF_6_a_decision_far_from_like_decisions_is_flagged_as_an_outlier()
    {
        var alike = new decimal[] { 6000, 7000, 8000, 9000 }
            .Select(a => new DecidedPenalty(Guid.NewGuid(), Unit.UnitId, _power.Code, Circumstance.Ordinary, a, false)).ToList();
        var usual = Notified(Today.AddDays(-40), Today.AddDays(-30), proposed: 8500);
        usual.Decide(Today, new Penalty(PenaltyKind.Fine, 8500), Circumstance.Ordinary, Benchmark(_power), null, On(Today));
        usual.CompareWithAlike(alike, At(Today));
        Assert.False(usual.PenaltyOutlier);

        var far = Notified(Today.AddDays(-40), Today.AddDays(-30), proposed: 19000);
        far.Decide(Today, new Penalty(PenaltyKind.Fine, 19000), Circumstance.Ordinary, Benchmark(_power), null, On(Today));
        far.CompareWithAlike(alike, At(Today));
        Assert.True(far.PenaltyOutlier);
    }
}
