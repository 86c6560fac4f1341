using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>A decision procedure driven directly, on a clock of its own that moves only when a step needs time to pass.</summary>
public sealed class DecisionRun
{
    public static readonly DecisionSettings Settings = new();

    private static readonly WorkingCalendar Calendar = WorkingCalendar.WeekendsOnly;

    public DecisionRun(DecisionKind kind, DateTimeOffset start)
    {
        Now = start;
        Catalogue = DecisionCatalogue.Create("district-government", Today.Year, Now);
        var item = Catalogue.AddItem("老旧小区改造三年行动方案", "", "district-housing", null, Now);
        Catalogue.Publish(new PartyApproval("中共南城区委员会", "区委常委会议纪要〔2026〕3号", Today), Today, Now);
        Decision = MajorDecision.Open(Catalogue, item.Id, item.Title, "第一条 为改善居民居住条件，制定本方案。", kind.Risk, kind.Experts, kind.Market, kind.ReformPilot, itemHasProcedure: false, Now);
    }

    public DateTimeOffset Now { get; private set; }

    public DateOnly Today => StatutoryTime.DateOf(Now);

    public DecisionCatalogue Catalogue { get; }

    public MajorDecision Decision { get; }

    /// <summary>Every step of the procedure with valid inputs, as staff, the legal office, the meeting, the public and the timers take them.</summary>
    public static IReadOnlyList<Move<DecisionRun>> Moves { get; } =
    [
        new("revise", r => r.Decision.Revise("老旧小区改造三年行动方案（修改稿）", "第一条 修改后的条文。", "按意见修改", r.Now)),
        new("open comment", r => r.Decision.OpenForComment(r.Today, r.Today.AddDays(29), null, r.Today, Calendar, Settings, r.Now)),
        new("comment", r => r.Decision.Comment(null, "建议分期实施。", r.Today, r.Now)),
        new("comment period runs out", r =>
        {
            r.PassUntil(r.Decision.Consultation?.ClosesOn.AddDays(1));
            r.Decision.CloseComment(r.Today, r.Now);
        }),
        new("dispose of every comment", r =>
        {
            foreach (var comment in r.Decision.Comments.Where(c => c.Disposition is null).ToList())
            {
                r.Decision.DisposeComment(comment.Id, Procedures.Consultation.CommentDisposition.Adopted, null, r.Now);
            }
        }),
        new("publish dispositions", r => r.Decision.PublishDispositions(r.Today, r.Now)),
        new("announce hearing", r => r.Decision.AnnounceHearing(
            r.Today.AddDays(10), "自愿报名，随机抽取", [new("张某", "居民"), new("李某", "企业"), new("王某", "专家")], r.Today, r.Now)),
        new("send hearing materials", r => r.Decision.SendHearingMaterials(r.Today, Settings, r.Now)),
        new("hold hearing", r =>
        {
            r.PassUntil(r.Decision.Hearing?.HearingDate);
            r.Decision.RecordHearing("听证笔录", ["张某", "李某", "王某"], r.Today, Settings, r.Now);
        }),
        new("expert opinion", r => r.Decision.AddExpertOpinion("陈教授", "城市规划", false, "本人与本决策事项无直接利害关系。", "方案可行。", "陈教授", r.Today, r.Now)),
        new("risk found controllable", r => r.Decision.AssessRisk(Risk(controllable: true, r.Today), r.Now)),
        new("risk found not controllable", r => r.Decision.AssessRisk(Risk(controllable: false, r.Today), r.Now)),
        new("fair-competition review", r => r.Decision.RecordFairCompetitionReview("未发现排除、限制竞争的内容。", r.Now)),
        new("submit for legality review", r => r.Decision.SubmitForLegalityReview(r.Today, Settings.ReviewWorkingDays, Calendar, r.Now)),
        new("found lawful", r =>
        {
            r.Pass(1);
            r.Decision.ConcludeLegalityReview(new(false, false, false, false), LegalityConclusion.Lawful, "同意。", "区司法局 张三", r.Now);
        }),
        new("found unlawful", r =>
        {
            r.Pass(1);
            r.Decision.ConcludeLegalityReview(new(true, false, false, false), LegalityConclusion.Unlawful, "超越法定权限。", "区司法局 张三", r.Now);
        }),
        new("put on agenda", r => r.Decision.PutOnAgenda(r.Today.AddDays(7), null, r.Today, r.Now)),
        new("put on agenda as a reform pilot", r => r.Decision.PutOnAgenda(r.Today.AddDays(7), "先行先试，存在被认定越权的法律风险。", r.Today, r.Now)),
        new("meeting adopts", r => r.Meet(MeetingOutcome.Adopted)),
        new("meeting rejects", r => r.Meet(MeetingOutcome.Rejected)),
        new("meeting defers", r => r.Meet(MeetingOutcome.Deferred)),
        new("publish", r =>
        {
            r.Pass(1);
            r.Decision.Publish("共收到意见1条，已采纳。", r.Today, r.Now);
        }),
        new("evaluated: continue", r => r.Evaluate(EvaluationResult.Continue, null)),
        new("suspend", r => r.Decision.Suspend("区长 周明", "评估发现问题，中止执行。", r.Now)),
        new("evaluated: stop", r => r.Evaluate(EvaluationResult.Stop, "评估认为应停止执行。")),
    ];

    /// <summary>What decides which steps are open: the status and how far each piece of the procedure got.</summary>
    public static string State(DecisionRun r)
    {
        var d = r.Decision;
        var consultation = d.Consultation switch
        {
            null => "-",
            { DispositionsPublishedAt: not null } => "published",
            _ when Procedures.Consultation.PublicConsultation.Undisposed(d.Comments) > 0 => "undisposed",
            _ => "disposed",
        };
        var hearing = d.Hearing switch
        {
            null => "-",
            { Held: true } => "held",
            { MaterialsSentOn: not null } => "materials sent",
            _ => "announced",
        };
        var risk = d.RiskAssessment switch
        {
            null => "-",
            { Controllable: true } => "controllable",
            _ => "not controllable",
        };
        var review = d.Review is null ? "-" : d.Review.Conclusion?.ToString() ?? "pending";
        return $"{d.Status}|comment {consultation}|hearing {hearing}|experts {d.ExpertOpinions.Count > 0}|risk {risk}|fair competition {d.FairCompetitionReview is not null}|review {review}";
    }

    /// <summary>The procedure has ended: rejected, published (in execution), or stopped.</summary>
    public static bool Final(DecisionRun r) => r.Decision.Status is DecisionStatus.Rejected or DecisionStatus.Published or DecisionStatus.Stopped;

    public void Pass(int days) => Now = Now.AddDays(days);

    public void PassUntil(DateOnly? day)
    {
        if (day is { } d && d > Today)
        {
            Pass(d.DayNumber - Today.DayNumber);
        }
    }

    private static RiskAssessment Risk(bool controllable, DateOnly today) => new()
    {
        AssessorUnitId = DecisionsApi.Assessor, RiskPoints = ["施工期间出行不便"], PreventionMeasures = ["分批施工"], ContingencyPlan = "成立应急处置小组。",
        Level = controllable ? RiskLevel.Medium : RiskLevel.High, Controllable = controllable, AssessedOn = today,
    };

    private void Meet(MeetingOutcome outcome)
    {
        PassUntil(Decision.AgendaMeetingDate);
        var stance = outcome == MeetingOutcome.Rejected ? Stance.Disagrees : Stance.Agrees;
        Decision.Decide(
            CollectiveMeeting.Record(
                Today, MeetingType.Executive, outcome, "区政府常务会议审议。",
                [new(1, "副区长 刘伟", false, stance, null), new(2, "区长 周明", true, stance, null)],
                outcome == MeetingOutcome.Deferred ? "待补充测算后再议。" : null, true, structuredMinutesRequired: true, DecisionRules.Dec8),
            Now);
    }

    private void Evaluate(EvaluationResult result, string? reason)
    {
        Pass(1);
        Decision.Evaluate(EvaluationTrigger.UnitChoice, "district-audit", "区审计局 赵评估", "执行情况良好。", result, false, false, null, reason, Today, Now);
    }
}

public sealed class DecisionStateGraphTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<bool, bool, bool, bool> Kinds()
    {
        var kinds = new TheoryData<bool, bool, bool, bool>();
        foreach (var risk in new[] { false, true })
        {
            foreach (var experts in new[] { false, true })
            {
                foreach (var market in new[] { false, true })
                {
                    foreach (var pilot in new[] { false, true })
                    {
                        kinds.Add(risk, experts, market, pilot);
                    }
                }
            }
        }

        return kinds;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Everyone_decision_procedure_has_no_dead_end(bool risk, bool experts, bool market, bool pilot)
    {
        var kind = new DecisionKind(risk, experts, market, pilot);
        var graph = StateGraph.Walk<DecisionRun>(() => new DecisionRun(kind, Start), DecisionRun.Moves, DecisionRun.State, DecisionRun.Final);

        Assert.True(graph.DeadEnds().Count == 0, $"Dead ends:\n{string.Join("\n", graph.DeadEnds())}");
        var reached = graph.Paths.Keys.Select(s => s.Split('|')[0]).ToHashSet();
        Assert.Equal(Enum.GetNames<DecisionStatus>().Order(), reached.Order());
    }

    [Fact]
    public void Everyone_decision_catalogue_has_no_dead_end()
    {
        IReadOnlyList<Move<DecisionCatalogue>> moves =
        [
            new("add item", c => c.AddItem("停车收费标准调整方案", "", "district-development-reform", c.Status == CatalogueStatus.Published ? "年中新增" : null, Start)),
            new("publish with the Party committee's approval", c => c.Publish(new PartyApproval("中共南城区委员会", "区委常委会议纪要〔2026〕3号", new DateOnly(2026, 3, 1)), new DateOnly(2026, 3, 2), Start)),
        ];
        var graph = StateGraph.Walk<DecisionCatalogue>(
            () => DecisionCatalogue.Create("district-government", 2026, Start), moves, c => $"{c.Status}|items {c.Items.Count > 0}", c => c.Status == CatalogueStatus.Published);

        Assert.Empty(graph.DeadEnds());
        Assert.Contains(graph.Paths.Keys, s => s.StartsWith(nameof(CatalogueStatus.Published), StringComparison.Ordinal));
    }
}

public sealed class DecisionPublicationOrderTests
{
    [Fact]
    public void DEC_9_a_publication_is_dated_no_earlier_than_the_meeting_and_not_in_the_future()
    {
        var run = new DecisionRun(new DecisionKind(), new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
        foreach (var step in new[] { "open comment", "comment period runs out", "publish dispositions", "submit for legality review", "found lawful", "put on agenda", "meeting adopts" })
        {
            DecisionRun.Moves.Single(m => m.Name == step).Apply(run);
        }

        Assert.Equal(DecisionStatus.Adopted, run.Decision.Status);
        Assert.Equal("DEC-9", Assert.Throws<BuildingBlocks.Domain.RuleViolationException>(() => run.Decision.Publish("说明。", run.Today.AddDays(-1), run.Now)).RuleId);
        Assert.Equal("DEC-9", Assert.Throws<BuildingBlocks.Domain.RuleViolationException>(() => run.Decision.Publish("说明。", run.Today.AddDays(1), run.Now)).RuleId);
        run.Decision.Publish("说明。", run.Today, run.Now);
        Assert.Equal(DecisionStatus.Published, run.Decision.Status);
    }
}
