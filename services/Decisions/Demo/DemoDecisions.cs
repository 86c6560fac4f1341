using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Procedures.Meeting;

namespace RuleOfLaw.Decisions.Demo;

/// <summary>
/// The district government's catalogues and three decisions at different stages, each taken through
/// the real procedure at its own dates, so the history reads true. Every date is placed relative to
/// the service's clock: last year's catalogue holds a decision adopted and published last year; this
/// year's holds one whose comment period is open today and one just opened. A demo seeded on any
/// day therefore shows the same stages.
/// </summary>
internal sealed class DemoDecisions(DecisionsDbContext db, WorkingCalendarProvider calendars, IOptions<DecisionSettings> settings, IOptions<JsonOptions> json, TimeProvider time) : IDemoDataSeeder
{
    private const string Unit = "district-government";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Catalogues.AnyAsync(c => c.UnitId == Unit, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = StatutoryTime.DateOf(now);
        var calendar = await calendars.GetAsync(cancellationToken);
        var s = settings.Value;

        // 1. Last year, through the whole procedure: published in May.
        var last = today.Year - 1;
        DateOnly Day(int month, int day) => new(last, month, day);
        var past = DecisionCatalogue.Create(Unit, last, At(Day(1, 20)));
        var renewal = past.AddItem($"南城区老旧小区改造三年行动方案（{last}—{last + 2}年）", "涉及全区32个老旧小区约1.2万户居民。", "district-housing", null, At(Day(1, 20)));
        past.Publish(new PartyApproval("中共南城区委员会", $"区委常委会议纪要〔{last}〕3号", Day(2, 10)), Day(2, 12), At(Day(2, 12)));
        db.Catalogues.Add(past);

        var adopted = MajorDecision.Open(past, renewal.Id, renewal.Title, "第一条 为改善居民居住条件，推进城市更新，制定本方案。", true, true, false, false, false, At(Day(2, 24)));
        adopted.OpenForComment(Day(3, 2), Day(3, 31), null, Day(2, 27), calendar, s, At(Day(2, 27)));
        var lift = adopted.Comment("王芳", "建议明确加装电梯的补贴标准。", Day(3, 5), At(Day(3, 5)));
        var noise = adopted.Comment(null, "施工时间应避开中高考期间。", Day(3, 18), At(Day(3, 18)));
        adopted.CloseComment(Day(4, 1), At(Day(4, 1)));
        adopted.DisposeComment(lift.Id, CommentDisposition.PartlyAdopted, "补贴标准另行制定，本方案增加原则性规定。", At(Day(4, 3)));
        adopted.DisposeComment(noise.Id, CommentDisposition.Adopted, null, At(Day(4, 3)));
        adopted.PublishDispositions(Day(4, 7), At(Day(4, 7)));
        adopted.AddExpertOpinion("陈教授", "城市规划", false, "本人与本决策事项无直接利害关系。", "方案总体可行，建议分期实施。", "陈教授", Day(3, 20), At(Day(3, 20)));
        adopted.AssessRisk(new RiskAssessment
        {
            AssessorUnitId = "district-stability-office",
            RiskPoints = ["施工期间居民出行不便", "补贴分配引发争议"],
            PreventionMeasures = ["分批施工", "补贴标准公示"],
            ContingencyPlan = "成立应急处置小组，设立投诉热线。",
            Level = RiskLevel.Medium,
            Controllable = true,
            AssessedOn = Day(4, 8),
        }, At(Day(4, 8)));
        adopted.SubmitForLegalityReview(Day(4, 9), s.ReviewWorkingDays, calendar, At(Day(4, 9)));
        adopted.ConcludeLegalityReview(new DecisionLegalityChecklist(false, false, false, false), LegalityConclusion.LawfulWithChanges, "建议补充资金来源条款。", "南城区司法局 张三", At(Day(4, 20)));
        adopted.PutOnAgenda(Day(5, 12), null, Day(4, 28), At(Day(4, 28)));
        adopted.Decide(CollectiveMeeting.Record(
            Day(5, 12), MeetingType.Executive, MeetingOutcome.Adopted, "区政府第18次常务会议审议通过。",
            [new(1, "副区长 刘伟", false, Stance.Agrees, null), new(2, "副区长 孙丽", false, Stance.Disagrees, "建议缩小首批范围"), new(3, "区长 周明", true, Stance.Agrees, null)],
            null, true, true, DecisionRules.Dec8), At(Day(5, 12)));
        adopted.Publish("公开征求意见共收到意见2条，采纳1条、部分采纳1条。", Day(5, 20), At(Day(5, 20)));
        db.Archives.Add(ArchivedDecision.Archive(adopted, At(Day(5, 20)), json.Value.SerializerOptions));
        adopted.ClockChanges.Clear(); // last year's clocks ran their course

        // This year's catalogue, published at most six weeks ago (on 1 January at the earliest).
        var published = Later(new DateOnly(today.Year, 1, 1), today.AddDays(-40));
        var current = DecisionCatalogue.Create(Unit, today.Year, At(published));
        var parking = current.AddItem("南城区中心城区停车收费标准调整方案", "调整中心城区道路停车收费标准。", "district-development-reform", null, At(published));
        var schools = current.AddItem("南城区义务教育阶段学校布局调整规划", "新建、改扩建中小学12所。", "district-education", null, At(published));
        current.Publish(new PartyApproval("中共南城区委员会", $"区委常委会议纪要〔{today.Year}〕1号", published), published, At(published));
        db.Catalogues.Add(current);

        // 2. Open for comment today, with a shortened period and its published reason.
        var opens = Later(published, today.AddDays(-7));
        var closes = opens.AddDays(21);
        var fees = MajorDecision.Open(current, parking.Id, parking.Title, "第一条 中心城区道路停车实行分时段差别化收费。", false, true, true, false, false, At(published));
        fees.OpenForComment(opens, closes, "配合全市停车价格改革如期实施，征求意见期缩短为22日。", opens, calendar, s, At(opens));
        fees.Comment(null, "建议夜间停车免费。", opens, At(opens));

        // 3. Just opened.
        var plan = MajorDecision.Open(current, schools.Id, schools.Title, "第一条 为均衡配置义务教育资源，制定本规划。", true, true, false, false, false, now);
        db.Decisions.AddRange(adopted, fees, plan);
        // The open period closes by itself: its clock is saved with the decision.
        await db.SaveChangesAsync(cancellationToken);

        // 10:00 in Beijing on a past day; today's steps happen now, never later than the clock.
        DateTimeOffset At(DateOnly day) => day < today ? new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero) : now;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
