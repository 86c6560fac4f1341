using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Procedures.Meeting;

namespace RuleOfLaw.Decisions.Features;

/// <summary>
/// The district government's 2026 catalogue and three decisions at different stages, each taken
/// through the real procedure at its own dates, so the history reads true.
/// </summary>
internal sealed class DemoDecisions(DecisionsDbContext db, WorkingCalendarProvider calendars, IOptions<DecisionSettings> settings, IOptions<JsonOptions> json) : IDemoDataSeeder
{
    private const string Unit = "district-government";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Catalogues.AnyAsync(c => c.UnitId == Unit && c.Year == 2026, cancellationToken))
        {
            return;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var s = settings.Value;
        var catalogue = DecisionCatalogue.Create(Unit, 2026, At(2026, 1, 20));
        var renewal = catalogue.AddItem("南城区老旧小区改造三年行动方案（2026—2028年）", "涉及全区32个老旧小区约1.2万户居民。", "district-housing", null, At(2026, 1, 20));
        var parking = catalogue.AddItem("南城区中心城区停车收费标准调整方案", "调整中心城区道路停车收费标准。", "district-development-reform", null, At(2026, 1, 20));
        var schools = catalogue.AddItem("南城区义务教育阶段学校布局调整规划", "新建、改扩建中小学12所。", "district-education", null, At(2026, 1, 20));
        catalogue.Publish(new PartyApproval("中共南城区委员会", "区委常委会议纪要〔2026〕3号", new DateOnly(2026, 2, 10)), new DateOnly(2026, 2, 12), At(2026, 2, 12));
        db.Catalogues.Add(catalogue);

        // 1. Through the whole procedure: published in June.
        var adopted = MajorDecision.Open(catalogue, renewal.Id, renewal.Title, "第一条 为改善居民居住条件，推进城市更新，制定本方案。", true, true, false, false, false, At(2026, 2, 24));
        adopted.OpenForComment(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 31), null, new DateOnly(2026, 2, 27), calendar, s, At(2026, 2, 27));
        var lift = adopted.Comment("王芳", "建议明确加装电梯的补贴标准。", new DateOnly(2026, 3, 5), At(2026, 3, 5));
        var noise = adopted.Comment(null, "施工时间应避开中高考期间。", new DateOnly(2026, 3, 18), At(2026, 3, 18));
        adopted.CloseComment(new DateOnly(2026, 4, 1), At(2026, 4, 1));
        adopted.DisposeComment(lift.Id, CommentDisposition.PartlyAdopted, "补贴标准另行制定，本方案增加原则性规定。", At(2026, 4, 3));
        adopted.DisposeComment(noise.Id, CommentDisposition.Adopted, null, At(2026, 4, 3));
        adopted.PublishDispositions(new DateOnly(2026, 4, 7), At(2026, 4, 7));
        adopted.AddExpertOpinion("陈教授", "城市规划", false, "本人与本决策事项无直接利害关系。", "方案总体可行，建议分期实施。", "陈教授", new DateOnly(2026, 3, 20), At(2026, 3, 20));
        adopted.AssessRisk(new RiskAssessment
        {
            AssessorUnitId = "district-stability-office",
            RiskPoints = ["施工期间居民出行不便", "补贴分配引发争议"],
            PreventionMeasures = ["分批施工", "补贴标准公示"],
            ContingencyPlan = "成立应急处置小组，设立投诉热线。",
            Level = RiskLevel.Medium,
            Controllable = true,
            AssessedOn = new DateOnly(2026, 4, 8),
        }, At(2026, 4, 8));
        adopted.SubmitForLegalityReview(new DateOnly(2026, 4, 9), s.ReviewWorkingDays, calendar, At(2026, 4, 9));
        adopted.ConcludeLegalityReview(new DecisionLegalityChecklist(false, false, false, false), LegalityConclusion.LawfulWithChanges, "建议补充资金来源条款。", "南城区司法局 张三", At(2026, 4, 20));
        adopted.PutOnAgenda(new DateOnly(2026, 5, 12), null, new DateOnly(2026, 4, 28), At(2026, 4, 28));
        adopted.Decide(CollectiveMeeting.Record(
            new DateOnly(2026, 5, 12), MeetingType.Executive, MeetingOutcome.Adopted, "区政府第18次常务会议审议通过。",
            [new(1, "副区长 刘伟", false, Stance.Agrees, null), new(2, "副区长 孙丽", false, Stance.Disagrees, "建议缩小首批范围"), new(3, "区长 周明", true, Stance.Agrees, null)],
            null, true, true, DecisionRules.Dec8), At(2026, 5, 12));
        adopted.Publish("公开征求意见共收到意见2条，采纳1条、部分采纳1条。", new DateOnly(2026, 5, 20), At(2026, 5, 20));
        db.Archives.Add(ArchivedDecision.Archive(adopted, At(2026, 5, 20), json.Value.SerializerOptions));

        // 2. Open for comment, with a shortened period and its published reason.
        var fees = MajorDecision.Open(catalogue, parking.Id, parking.Title, "第一条 中心城区道路停车实行分时段差别化收费。", false, true, true, false, false, At(2026, 11, 2));
        fees.OpenForComment(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 30), "配合年底前实施的全市停车价格改革，征求意见期缩短为22日。", new DateOnly(2026, 11, 6), calendar, s, At(2026, 11, 6));
        fees.Comment(null, "建议夜间停车免费。", new DateOnly(2026, 11, 10), At(2026, 11, 10));

        // 3. Just opened.
        var plan = MajorDecision.Open(catalogue, schools.Id, schools.Title, "第一条 为均衡配置义务教育资源，制定本规划。", true, true, false, false, false, At(2026, 11, 20));
        db.Decisions.AddRange(adopted, fees, plan);
        db.Clocks.Add(ConsultationTimer.Start(fees, DecisionClocks.CommentClose, DecisionRules.Dec2.Id, new DateOnly(2026, 11, 30), At(2026, 11, 6)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);
}
