using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Reconsideration.Demo;

/// <summary>
/// Reconsideration cases at every step, each taken through the real procedure at its own dates, placed
/// relative to the service's clock: one received this week, one awaiting corrections, one refused, one
/// in the simplified procedure, a major case heard, decisions complied with or not yet; and court
/// cases, mediation cases, petitions and compensation claims at their steps (REC-10 … REC-12).
/// </summary>
internal sealed class DemoReconsideration(ReconsiderationDbContext db, TimeProvider time, WorkingCalendarProvider calendars, IConfiguration configuration) : IDemoDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Cases.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = StatutoryTime.Today(time);
        var calendar = await calendars.GetAsync(cancellationToken);
        CommandTime On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero), day, calendar);
        var organ = ReconsiderationService.OrganUnitOf(configuration);

        ReconsiderationCase Apply(int daysAgo, string account, string name, string respondent, string act, string description, decimal? amount, bool failureToAct = false, string? document = null)
        {
            var received = today.AddDays(-daysAgo);
            var application = new Application(respondent, act, description, failureToAct, received.AddDays(-20), received.AddDays(-12), true, amount,
                failureToAct ? "请求责令被申请人依法履行职责" : "请求撤销该行政行为", null, document, document is null ? [] : ["第五条"], null);
            var @case = ReconsiderationCase.Apply(organ, account, name, application, settledBefore: false, On(received));
            db.Cases.Add(@case);
            return @case;
        }

        var varied = Apply(120, "demo-citizen-1", "李某", "district-market-regulation", "南市监罚〔2026〕12号", "对申请人经营的餐饮店罚款8000元", 8000m);
        Run(varied, 117, (c, t) => c.Accept(t.Today, ProcedureKind.Ordinary, null, false, t));
        Run(varied, 117, (c, t) => c.AssignOfficers(["复议员李静", "复议员王磊"], t));
        Run(varied, 115, (c, t) => c.SendCopy(t.Today, t));
        Run(varied, 106, (c, t) => c.RecordAnswer(t.Today, "被申请人提交书面答复及现场检查笔录等证据", t));
        Run(varied, 100, (c, t) => c.RecordReview(ReviewMethod.WrittenReview, t.Today, "审查处罚决定书及证据材料", t));
        Run(varied, 80, (c, t) => c.Decide(Outcome.Varied, t.Today, "认定事实清楚，但罚款数额明显不当，变更为罚款5000元。", 5000m, t));
        Run(varied, 50, (c, t) => c.RecordCompliance(t.Today, "已重新作出处罚决定并退还多缴罚款", t));
        Run(varied, 45, (c, t) => c.MarkTypical("某餐饮店不服罚款决定申请复议，复议机关认定罚款明显不当，依法变更为较低数额。", t.Now));

        var revoked = Apply(75, "demo-citizen-2", "王某", "district-urban-management", "南城管罚〔2026〕7号", "对申请人占道经营罚款1500元", 1500m);
        Run(revoked, 73, (c, t) => c.Accept(t.Today, ProcedureKind.Simplified, SimplifiedGround.SmallAmount, false, t));
        Run(revoked, 73, (c, t) => c.AssignOfficers(["复议员陈晨", "复议员赵敏"], t));
        Run(revoked, 72, (c, t) => c.SendCopy(t.Today, t));
        Run(revoked, 60, (c, t) => c.Decide(Outcome.Revoked, t.Today, "被申请人未履行告知程序，程序违法，撤销该处罚决定。", null, t));

        var major = Apply(40, "demo-citizen-3", "某建材有限公司", "district-ecology", "南环罚〔2026〕3号", "对申请人超标排放责令停产整治并罚款20万元", 200000m);
        Run(major, 36, (c, t) => c.Accept(t.Today, ProcedureKind.Ordinary, null, true, t));
        Run(major, 36, (c, t) => c.AssignOfficers(["复议员李静", "复议员王磊", "复议员陈晨"], t));
        Run(major, 34, (c, t) => c.SendCopy(t.Today, t));
        Run(major, 25, (c, t) => c.RecordAnswer(t.Today, "被申请人提交监测报告及执法记录", t));
        Run(major, 20, (c, t) => c.ScheduleHearing(t.Today, today.AddDays(-5), "复议员李静", ["复议员王磊", "复议员陈晨"], "书记员赵敏", t));
        Run(major, 5, (c, t) => c.HoldHearing(t.Today, "听证笔录已由双方核对签字", t));

        var omission = Apply(25, "demo-citizen-4", "张某", "district-market-regulation", "信息公开申请未答复", "申请公开食品抽检结果，被申请人逾期未答复", null, failureToAct: true);
        Run(omission, 23, (c, t) => c.Accept(t.Today, ProcedureKind.Simplified, SimplifiedGround.InformationDisclosure, false, t));
        Run(omission, 22, (c, t) => c.SendCopy(t.Today, t));

        var refused = Apply(15, "demo-citizen-5", "赵某", "district-market-regulation", "合同纠纷", "与某商户之间的买卖合同纠纷", null);
        Run(refused, 12, (c, t) => c.Refuse(t.Today, "申请事项属于民事纠纷，不属于行政复议范围", "南城区人民法院", t));

        var correcting = Apply(6, "demo-citizen-6", "孙某", "district-urban-management", "南城管罚〔2026〕19号", "对申请人擅自搭建行为罚款3000元", 3000m);
        Run(correcting, 5, (c, t) => c.RequestCorrection(t.Today, "请补充提交处罚决定书复印件及身份证明", t));

        Apply(1, "demo-citizen-7", "周某", "district-ecology", "南环罚〔2026〕9号", "对申请人噪声超标罚款5万元", 50000m, document: "南府规〔2026〕3号");

        // REC-10: a case won with the head in court, a lost one reported, one just served.
        var won = Add(CourtCase.Register(organ, "district-market-regulation", "南城区人民法院", $"（{today.Year}）桂0108行初21号", "某餐饮管理有限公司", "南市监罚〔2026〕12号行政处罚决定", today.AddDays(-40), On(today.AddDays(-38))));
        Run(won, 30, (c, t) => c.FileDefence(t.Today, "提交答辩状及作出处罚决定的证据、依据", t));
        Run(won, 10, (c, t) => c.RecordHearing(t.Today, true, "局长张某（负责人）", "负责人出庭并发表意见", t));
        Run(won, 2, (c, t) => c.RecordJudgment(Judgment.Dismissed, t.Today, "被诉处罚决定认定事实清楚、程序合法，驳回原告诉讼请求。", t));
        var lost = Add(CourtCase.Register(organ, "district-urban-management", "南城区人民法院", $"（{today.Year}）桂0108行初9号", "王某", "南城管强拆〔2026〕5号强制拆除行为", today.AddDays(-90), On(today.AddDays(-88))));
        Run(lost, 80, (c, t) => c.FileDefence(t.Today, "提交答辩状及现场笔录", t));
        Run(lost, 60, (c, t) => c.RecordHearing(t.Today, false, "法制科李某（委托代理人）", null, t));
        Run(lost, 20, (c, t) => c.RecordJudgment(Judgment.ConfirmedUnlawful, t.Today, "强制拆除未依法催告，确认违法。", t));
        Add(CourtCase.Register(organ, "district-ecology", "南城区人民法院", $"（{today.Year}）桂0108行初33号", "某建材有限公司", "南环罚〔2026〕3号责令停产整治决定", today.AddDays(-4), On(today.AddDays(-3))));

        // REC-11: mediation agreed and under way; petitions routed, waiting, redirected.
        var agreed = Add(MediationCase.Register(organ, "district-urban-management", ["张某", "某物业服务有限公司"], "小区公共区域违规搭建引发的相邻纠纷", today.AddDays(-25), On(today.AddDays(-25))));
        Run(agreed, 5, (c, t) => c.Conclude(true, t.Today, "物业公司于30日内拆除搭建物，张某撤回投诉", t));
        Add(MediationCase.Register(organ, "district-market-regulation", ["刘某", "某电器商行"], "购买空调售后维修纠纷", today.AddDays(-6), On(today.AddDays(-6))));
        var routed = Add(Petition.Register(organ, "李某", "反映某路段夜间施工噪声扰民，要求依法查处", today.AddDays(-20), On(today.AddDays(-20))));
        Run(routed, 17, (p, t) => p.Route("district-ecology", t.Today, t));
        Add(Petition.Register(organ, "陈某", "反映小区周边占道经营影响通行", today.AddDays(-2), On(today.AddDays(-2))));
        var redirected = Add(Petition.Register(organ, "赵某", "对罚款决定不服，要求撤销", today.AddDays(-12), On(today.AddDays(-12))));
        Run(redirected, 10, (p, t) => p.Redirect(PetitionRoute.Reconsideration, "可于60日内向南城区人民政府申请行政复议", t.Today, t));

        // REC-12: a claim being negotiated, one decided in part.
        var negotiating = Add(CompensationClaim.Register(organ, "district-urban-management", "王某", "南城管强拆〔2026〕5号强制拆除行为被确认违法", 120000m, today.AddDays(-15), On(today.AddDays(-15))));
        Run(negotiating, 5, (c, t) => c.RecordStep(CompensationStepKind.Negotiation, t.Today, "双方就损失范围协商", null, t));
        var decided = Add(CompensationClaim.Register(organ, "district-market-regulation", "某食品店", "查封扣押财物超出范围致货物变质", 30000m, today.AddDays(-50), On(today.AddDays(-50))));
        Run(decided, 35, (c, t) => c.RecordStep(CompensationStepKind.Hearing, t.Today, "举行听证，听取申请人意见", null, t));
        Run(decided, 30, (c, t) => c.Decide(CompensationStatus.PartlyGranted, t.Today, 18000m, "经评估直接损失为1.8万元，部分予以赔偿。", t));
        await db.SaveChangesAsync(cancellationToken);

        T Add<T>(T record)
            where T : AggregateRoot, IClockedRecord
        {
            db.Add(record);
            return record;
        }

        void Run<T>(T record, int daysAgo, Action<T, CommandTime> step)
            where T : IClockedRecord
        {
            // The record keeps the clocks its earlier steps started; all are saved with it at the end.
            step(record, On(today.AddDays(-daysAgo)));
        }
    }
}
