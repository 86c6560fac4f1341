using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;
using static RuleOfLaw.Decisions.Tests.DomainFixtures;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>The decision aggregate's rules, checked in memory (DEC-2 … DEC-10).</summary>
public sealed class MajorDecisionTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.WeekendsOnly;
    private static readonly DecisionSettings Settings = DecisionRun.Settings;

    [Fact]
    public void DEC_2_a_comment_period_shorter_than_30_days_needs_a_reason_published_with_the_notice()
    {
        var run = Run(new DecisionKind());
        var d = run.Decision;

        Refused("DEC-2", () => d.OpenForComment(run.Today, run.Today.AddDays(28), null, run.Today, Calendar, Settings, run.Now));
        Refused("DEC-2", () => d.OpenForComment(run.Today.AddDays(-1), run.Today.AddDays(29), null, run.Today, Calendar, Settings, run.Now));
        d.OpenForComment(run.Today, run.Today.AddDays(28), "配合全市改革如期实施", run.Today, Calendar, Settings, run.Now);
        Assert.Equal("配合全市改革如期实施", d.Consultation!.ShorterPeriodReason);
    }

    [Fact]
    public void DEC_2_opening_the_period_schedules_its_close_for_the_day_after_it_ends()
    {
        var d = Run(new DecisionKind(), "open comment").Decision;

        var clock = Assert.Single(d.ClockChanges.ToStart);
        Assert.Equal((DecisionClocks.CommentClose, "DEC-2", d.Consultation!.ClosesOn), (clock.Kind, clock.RuleId, clock.DueDate));
        Assert.Empty(d.ClockChanges.KindsToStop);
        d.ClockChanges.Clear();
        Assert.Empty(d.ClockChanges.ToStart);
    }

    [Fact]
    public void DEC_2_a_comment_after_the_period_closes_is_refused()
    {
        var run = Run(new DecisionKind(), "open comment", "comment");
        var d = run.Decision;
        run.PassUntil(d.Consultation!.ClosesOn.AddDays(1));

        // Run out but not yet closed, then closed: refused either way, by the consultation's dates.
        Refused("DEC-2", () => d.Comment(null, "逾期意见", run.Today, run.Now));
        d.CloseComment(run.Today, run.Now);
        Refused("DEC-2", () => d.Comment(null, "逾期意见", run.Today, run.Now));
        Assert.Single(d.Comments);
    }

    [Fact]
    public void DEC_2_a_draft_not_open_for_comment_takes_no_comment()
    {
        var run = Run(new DecisionKind());
        Refused("DEC-2", () => run.Decision.Comment(null, "意见", run.Today, run.Now));
    }

    [Fact]
    public void DEC_2_the_procedure_moves_on_only_once_every_comment_is_disposed_of_and_the_dispositions_published()
    {
        var run = Run(new DecisionKind(), "open comment", "comment", "comment period runs out");
        var d = run.Decision;
        void Submit() => d.SubmitForLegalityReview(run.Today, Settings.ReviewWorkingDays, Calendar, run.Now);

        Refused("DEC-2", () => d.PublishDispositions(run.Today, run.Now));
        Refused("DEC-2", Submit);
        var comment = d.Comments[0];
        Refused("DEC-2", () => d.DisposeComment(comment.Id, CommentDisposition.NotAdopted, null, run.Now));
        d.DisposeComment(comment.Id, CommentDisposition.NotAdopted, "与上位规定不符", run.Now);
        Refused("DEC-2", Submit);
        d.PublishDispositions(run.Today, run.Now);
        Refused("DEC-2", () => d.DisposeComment(comment.Id, CommentDisposition.Adopted, null, run.Now));
        Submit();
        Assert.Equal(DecisionStatus.UnderLegalityReview, d.Status);
    }

    [Fact]
    public void DEC_3_the_materials_reach_the_participants_at_least_7_days_before_the_hearing()
    {
        var run = Run(new DecisionKind());
        var d = run.Decision;

        Refused("DEC-3", () => d.AnnounceHearing(run.Today, "随机抽取", [new("张某", "居民")], run.Today, run.Now));
        Refused("DEC-3", () => d.AnnounceHearing(run.Today.AddDays(10), "随机抽取", [], run.Today, run.Now));
        d.AnnounceHearing(run.Today.AddDays(6), "随机抽取", [new("张某", "居民")], run.Today, run.Now);
        Refused("DEC-3", () => d.SendHearingMaterials(run.Today, Settings, run.Now));
    }

    [Fact]
    public void DEC_3_a_hearing_with_fewer_stakeholder_categories_than_the_setting_cannot_be_concluded()
    {
        var run = Run(new DecisionKind());
        var d = run.Decision;
        d.AnnounceHearing(run.Today.AddDays(10), "自愿报名", [new("张某", "居民"), new("李某", "居民"), new("王某", "企业")], run.Today, run.Now);
        d.SendHearingMaterials(run.Today, Settings, run.Now);
        run.PassUntil(d.Hearing!.HearingDate);

        Refused("DEC-3", () => d.RecordHearing("听证笔录", ["张某", "李某", "王某"], run.Today, Settings, run.Now));
    }

    [Fact]
    public void DEC_3_the_record_is_signed_by_registered_participants_once_the_materials_were_sent()
    {
        var run = Run(new DecisionKind(), "announce hearing");
        var d = run.Decision;
        run.PassUntil(d.Hearing!.HearingDate);

        Refused("DEC-3", () => d.RecordHearing("听证笔录", ["张某", "李某", "王某"], run.Today, Settings, run.Now));
        var signed = Run(new DecisionKind(), "announce hearing", "send hearing materials");
        signed.PassUntil(signed.Decision.Hearing!.HearingDate);
        Refused("DEC-3", () => signed.Decision.RecordHearing("听证笔录", ["张某", "路人"], signed.Today, Settings, signed.Now));
        signed.Decision.RecordHearing("听证笔录", ["张某", "李某"], signed.Today, Settings, signed.Now);
        Assert.True(signed.Decision.Hearing!.Held);
    }

    [Fact]
    public void DEC_4_an_expert_with_a_direct_interest_or_without_a_declaration_is_barred_and_the_opinion_is_signed()
    {
        var run = Run(new DecisionKind(Experts: true));
        var d = run.Decision;
        void Add(bool? interest, string? declaration, string? signedBy) =>
            d.AddExpertOpinion("陈教授", "城市规划", interest, declaration, "方案可行。", signedBy, run.Today, run.Now);

        Refused("DEC-4", () => Add(null, null, "陈教授"));
        Refused("DEC-4", () => Add(true, "本人系项目承建方股东。", "陈教授"));
        Refused("DEC-4", () => Add(false, "本人与本决策事项无直接利害关系。", "李教授"));
        Add(false, "本人与本决策事项无直接利害关系。", "陈教授");
        Assert.Single(d.ExpertOpinions);
    }

    [Fact]
    public void DEC_5_a_risk_report_lists_risk_points_prevention_measures_and_a_contingency_plan()
    {
        var run = Run(new DecisionKind(Risk: true));
        RiskAssessment Report(int points, int measures, string plan) => new()
        {
            AssessorUnitId = DecisionsApi.Assessor, RiskPoints = [.. Enumerable.Repeat("出行不便", points)], PreventionMeasures = [.. Enumerable.Repeat("分批施工", measures)],
            ContingencyPlan = plan, Level = RiskLevel.Low, Controllable = true, AssessedOn = run.Today,
        };

        Refused("DEC-5", () => run.Decision.AssessRisk(Report(0, 1, "应急预案"), run.Now));
        Refused("DEC-5", () => run.Decision.AssessRisk(Report(1, 0, "应急预案"), run.Now));
        Refused("DEC-5", () => run.Decision.AssessRisk(Report(1, 1, " "), run.Now));
        run.Decision.AssessRisk(Report(1, 1, "应急预案"), run.Now);
        Assert.NotNull(run.Decision.RiskAssessment);
    }

    [Fact]
    public void DEC_5_a_decision_whose_risk_is_required_or_not_found_controllable_goes_no_further()
    {
        var required = Run(new DecisionKind(Risk: true), Consulted);
        Refused("DEC-5", () => DecisionRun.Moves.Single(m => m.Name == "submit for legality review").Apply(required));

        var uncontrollable = Run(new DecisionKind(), [.. Consulted, "risk found not controllable"]);
        Refused("DEC-5", () => DecisionRun.Moves.Single(m => m.Name == "submit for legality review").Apply(uncontrollable));
    }

    [Fact]
    public void DEC_6_the_legal_office_gets_at_least_7_working_days_and_its_clock_starts_and_stops_with_the_review()
    {
        var run = Run(new DecisionKind(), Consulted);
        var d = run.Decision;
        d.ClockChanges.Clear();

        Refused("DEC-6", () => d.SubmitForLegalityReview(run.Today, 6, Calendar, run.Now));
        d.SubmitForLegalityReview(run.Today, 7, Calendar, run.Now);
        var clock = Assert.Single(d.ClockChanges.ToStart);
        Assert.Equal((DecisionClocks.LegalityReview, "DEC-6", 7, PeriodUnit.WorkingDays, d.Review!.DueOn), (clock.Kind, clock.RuleId, clock.Length, clock.Unit, clock.DueDate));
        d.ClockChanges.Clear();

        d.ConcludeLegalityReview(new(false, false, false, false), LegalityConclusion.Lawful, "同意。", "区司法局 张三", run.Now);
        Assert.Equal([DecisionClocks.LegalityReview], d.ClockChanges.KindsToStop);
    }

    [Fact]
    public void DEC_6_the_checklist_answers_every_point_and_a_draft_with_a_defect_is_not_lawful()
    {
        var run = Run(new DecisionKind(), [.. Consulted, "submit for legality review"]);
        var d = run.Decision;

        Refused("DEC-6", () => d.ConcludeLegalityReview(new(null, false, false, false), LegalityConclusion.Lawful, "同意。", "张三", run.Now));
        Refused("DEC-6", () => d.ConcludeLegalityReview(new(true, false, false, false), LegalityConclusion.LawfulWithChanges, "修改后合法。", "张三", run.Now));
        d.ConcludeLegalityReview(new(true, false, false, false), LegalityConclusion.Unlawful, "超越法定权限。", "张三", run.Now);
        Assert.Equal(DecisionStatus.Reviewed, d.Status);
    }

    [Fact]
    public void DEC_6_an_unreviewed_or_unlawful_draft_reaches_the_agenda_only_as_a_reform_pilot_with_its_legal_risk_stated()
    {
        var unlawful = Run(new DecisionKind(), [.. Consulted, "submit for legality review", "found unlawful"]);
        Refused("DEC-6", () => unlawful.Decision.PutOnAgenda(unlawful.Today.AddDays(7), "先行先试的法律风险", unlawful.Today, unlawful.Now));

        var unreviewed = Run(new DecisionKind(), "open comment");
        Refused("DEC-6", () => unreviewed.Decision.PutOnAgenda(unreviewed.Today.AddDays(7), null, unreviewed.Today, unreviewed.Now));

        var pilot = Run(new DecisionKind(ReformPilot: true), [.. Consulted, "submit for legality review", "found unlawful"]);
        Refused("DEC-6", () => pilot.Decision.PutOnAgenda(pilot.Today.AddDays(7), null, pilot.Today, pilot.Now));
        pilot.Decision.PutOnAgenda(pilot.Today.AddDays(7), "先行先试，存在被认定越权的法律风险。", pilot.Today, pilot.Now);
        Assert.Equal(DecisionStatus.OnAgenda, pilot.Decision.Status);
    }

    [Fact]
    public void DEC_7_the_meeting_package_is_complete_before_the_review_and_the_agenda()
    {
        var market = Run(new DecisionKind(Experts: true, Market: true), Consulted);
        Refused("DEC-7", () => DecisionRun.Moves.Single(m => m.Name == "submit for legality review").Apply(market));
        Assert.Equal(["ExpertOpinions", "LegalityOpinion", "FairCompetitionReview"], market.Decision.MeetingPackage().Where(p => p.Missing).Select(p => p.Piece));

        var reviewed = Run(new DecisionKind(), [.. Consulted, "submit for legality review", "found lawful"]);
        Refused("DEC-7", () => reviewed.Decision.PutOnAgenda(reviewed.Today.AddDays(-1), null, reviewed.Today, reviewed.Now));
    }

    [Fact]
    public void DEC_8_the_minutes_record_positions_in_speaking_order_with_the_head_last_and_the_legal_office_heads_attendance()
    {
        CollectiveMeeting Record(IReadOnlyList<MemberPosition> positions, bool? legalOfficeHead = true, string? headReason = null) =>
            CollectiveMeeting.Record(new DateOnly(2026, 3, 2), MeetingType.Executive, MeetingOutcome.Adopted, "纪要", positions, headReason, legalOfficeHead, structuredMinutesRequired: true, DecisionRules.Dec8);

        Refused("DEC-8", () => Record([]));
        Refused("DEC-8", () => Record([new(1, "区长", true, Stance.Agrees, null), new(2, "副区长", false, Stance.Agrees, null)]));
        Refused("DEC-8", () => Record([new(1, "副区长", false, Stance.Agrees, null), new(3, "区长", true, Stance.Agrees, null)]));
        Refused("DEC-8", () => Record([new(1, "副区长", false, Stance.Agrees, null), new(2, "区长", true, Stance.Agrees, null)], legalOfficeHead: null));
        Refused("DEC-8", () => Record([new(1, "副区长甲", false, Stance.Disagrees, null), new(2, "副区长乙", false, Stance.Disagrees, null), new(3, "区长", true, Stance.Agrees, null)]));
        Assert.NotNull(Record([new(1, "副区长甲", false, Stance.Disagrees, null), new(2, "副区长乙", false, Stance.Disagrees, null), new(3, "区长", true, Stance.Agrees, null)], headReason: "全局考虑"));
    }

    [Fact]
    public void DEC_8_the_decision_is_taken_at_the_executive_or_plenary_meeting_once_held()
    {
        var run = Run(new DecisionKind(), [.. Consulted, "submit for legality review", "found lawful", "put on agenda"]);
        run.PassUntil(run.Decision.AgendaMeetingDate);
        CollectiveMeeting Meeting(MeetingType type, DateOnly date) => CollectiveMeeting.Record(
            date, type, MeetingOutcome.Adopted, "纪要", [new(1, "副区长", false, Stance.Agrees, null), new(2, "区长", true, Stance.Agrees, null)], null, true, true, DecisionRules.Dec8);

        Refused("DEC-8", () => run.Decision.Decide(Meeting(MeetingType.Leadership, run.Today), run.Now));
        Refused("DEC-8", () => run.Decision.Decide(Meeting(MeetingType.Executive, run.Today.AddDays(1)), run.Now));
        Refused("DEC-8", () => run.Decision.Decide(Meeting(MeetingType.Executive, run.Today.AddDays(-1)), run.Now));
        run.Decision.Decide(Meeting(MeetingType.Executive, run.Today), run.Now);
        Assert.Equal(DecisionStatus.Adopted, run.Decision.Status);
    }

    [Fact]
    public void DEC_9_only_an_adopted_decision_is_published_and_with_its_explanation()
    {
        var reviewed = Run(new DecisionKind(), [.. Consulted, "submit for legality review", "found lawful"]);
        Refused("DEC-9", () => reviewed.Decision.Publish("说明。", reviewed.Today, reviewed.Now));

        var adopted = Run(new DecisionKind(), Adopted);
        Refused("DEC-9", () => adopted.Decision.Publish(" ", adopted.Today, adopted.Now));
        adopted.Decision.Publish("共收到意见1条，已采纳。", adopted.Today, adopted.Now);
        Assert.Equal(adopted.Today, adopted.Decision.PublishedOn);
    }

    [Fact]
    public void DEC_10_the_evaluator_is_not_the_unit_that_did_the_main_pre_decision_assessment()
    {
        var run = Run(new DecisionKind(), [.. Adopted, "publish"]);
        var d = run.Decision;
        Evaluation Evaluate(string unit) => d.Evaluate(EvaluationTrigger.UnitChoice, unit, "评估人", "良好。", EvaluationResult.Continue, false, false, null, null, run.Today, run.Now);

        Refused("DEC-10", () => Evaluate(d.LeadUnitId));
        Evaluate("district-audit");
        Assert.Single(d.Evaluations);
    }

    [Fact]
    public void DEC_10_suspension_needs_the_head_and_a_reason_and_a_major_adjustment_starts_a_linked_procedure()
    {
        var run = Run(new DecisionKind(), [.. Adopted, "publish"]);
        var d = run.Decision;

        Refused("DEC-10", () => d.Suspend(null, "原因", run.Now));
        Refused("DEC-10", () => d.Suspend("区长 周明", " ", run.Now));
        Refused("DEC-10", () => d.Evaluate(EvaluationTrigger.PoorEffect, "district-audit", "评估人", "效果不佳。", EvaluationResult.Stop, false, false, null, null, run.Today, run.Now));

        var adjustment = d.Evaluate(EvaluationTrigger.PoorEffect, "district-audit", "评估人", "需重大调整。", EvaluationResult.Adjust, true, false, null, null, run.Today, run.Now);
        var next = d.StartAdjustment(adjustment, run.Catalogue, run.Now);
        Assert.Equal((d.Id, next.Id, DecisionStatus.Drafting), (next.PreviousDecisionId!.Value, adjustment.NewProcedureId!.Value, next.Status));
        Refused("DEC-10", () => d.StartAdjustment(adjustment, run.Catalogue, run.Now));
    }
}
