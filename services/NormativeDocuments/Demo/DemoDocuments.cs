using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.NormativeDocuments.Demo;

/// <summary>
/// The district's issuing units and a few dozen documents across units, stages and years, each
/// taken through the real procedure at its own dates, so their history and register read true.
/// Every date is placed relative to the service's clock (a document is drafted some years and
/// months before today), so a demo seeded on any day shows the same stages: drafts and open
/// consultations of this month, documents in force, filed late, expired and repealed.
/// </summary>
internal sealed class DemoDocuments(DocumentsDbContext db, TimeProvider time, IOptions<DocumentSettings> settings) : IDemoDataSeeder
{
    private enum Stage
    {
        Drafted,
        OpenForComment,
        Published,
        FiledLate,
        Expired,
        Repealed,
    }

    private static readonly (string UnitId, string Code, string Name, string[] Competences)[] Units =
    [
        ("district-government", "南府", "南城区人民政府", ["综合管理", "营商环境", "城市建设"]),
        ("district-market-regulation", "南市监", "南城区市场监督管理局", ["市场监管", "食品安全"]),
        ("district-housing", "南住建", "南城区住房和城乡建设局", ["住房保障", "建筑管理"]),
        ("district-justice", "南司", "南城区司法局", ["行政执法监督", "法治宣传"]),
        ("district-education", "南教", "南城区教育局", ["教育管理"]),
    ];

    private static readonly (int Unit, string Competence, string Title, bool Rights, bool Market, bool Provisional, int YearsAgo, Stage Stage)[] Documents =
    [
        (0, "营商环境", "南城区进一步优化营商环境若干措施", true, true, false, 2, Stage.Published),
        (0, "综合管理", "南城区人民政府重大行政决策程序规定", true, false, false, 3, Stage.Published),
        (0, "城市建设", "南城区城市更新项目管理办法", true, true, false, 1, Stage.Published),
        (0, "综合管理", "南城区政务服务“一网通办”实施办法", true, false, false, 4, Stage.Published),
        (0, "营商环境", "南城区涉企行政检查规范指引（试行）", true, true, true, 1, Stage.FiledLate),
        (0, "综合管理", "南城区行政规范性文件管理办法", false, false, false, 5, Stage.Repealed),
        (0, "城市建设", "南城区临时建筑管理暂行办法", true, false, true, 5, Stage.Expired),
        (0, "综合管理", "南城区突发事件应急预案管理办法", true, false, false, 0, Stage.OpenForComment),
        (1, "市场监管", "南城区市场监管领域轻微违法行为不予处罚清单（试行）", true, true, true, 1, Stage.Published),
        (1, "食品安全", "南城区小餐饮店登记管理办法", true, true, false, 3, Stage.Published),
        (1, "市场监管", "南城区市场监管行政处罚裁量基准", true, true, false, 2, Stage.Published),
        (1, "食品安全", "南城区校园食品安全管理规定", true, false, false, 4, Stage.Published),
        (1, "市场监管", "南城区广告发布登记管理暂行规定", true, true, true, 5, Stage.Expired),
        (1, "市场监管", "南城区个体工商户年度报告公示办法", true, true, false, 0, Stage.Drafted),
        (2, "住房保障", "南城区公共租赁住房管理办法", true, false, false, 3, Stage.Published),
        (2, "建筑管理", "南城区建设工程施工扬尘污染防治规定", true, false, false, 2, Stage.Published),
        (2, "住房保障", "南城区老旧小区改造居民意见征询办法", true, false, false, 1, Stage.Published),
        (2, "建筑管理", "南城区建筑垃圾处置管理办法", true, true, false, 4, Stage.Repealed),
        (2, "住房保障", "南城区人才公寓配租管理办法（试行）", true, false, true, 0, Stage.OpenForComment),
        (3, "行政执法监督", "南城区行政执法公示办法", true, false, false, 3, Stage.Published),
        (3, "行政执法监督", "南城区行政执法全过程记录办法", true, false, false, 3, Stage.Published),
        (3, "行政执法监督", "南城区重大行政执法决定法制审核办法", false, false, false, 2, Stage.Published),
        (3, "法治宣传", "南城区“谁执法谁普法”责任制实施办法", false, false, false, 4, Stage.FiledLate),
        (3, "行政执法监督", "南城区行政执法案卷评查办法", false, false, false, 0, Stage.Drafted),
        (4, "教育管理", "南城区中小学校外培训机构管理办法", true, true, false, 2, Stage.Published),
        (4, "教育管理", "南城区义务教育阶段学校招生入学工作办法", true, false, false, 1, Stage.Published),
        (4, "教育管理", "南城区民办幼儿园收费管理暂行办法", true, true, true, 4, Stage.Expired),
        (4, "教育管理", "南城区中小学课后服务管理办法", true, false, false, 0, Stage.Drafted),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.IssuingUnits.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = StatutoryTime.DateOf(now);
        var issuers = Units.Select(u => IssuingUnit.Register(u.UnitId, u.Code, u.Name, u.Competences, At(today.AddYears(-6)))).ToList();
        db.IssuingUnits.AddRange(issuers);

        for (var i = 0; i < Documents.Length; i++)
        {
            var (unit, competence, title, rights, market, provisional, yearsAgo, stage) = Documents[i];
            // A published document's procedure takes about three months; it starts early enough to end before today.
            var start = stage is Stage.Drafted or Stage.OpenForComment ? today.AddDays(-10 - i) : today.AddYears(-yearsAgo).AddDays(-120 - 7 * (i % 10));
            var document = NormativeDocument.Draft(issuers[unit], competence, title, Body(title, competence), rights, market, provisional, At(start));
            db.Documents.Add(document);
            if (stage == Stage.Drafted)
            {
                continue;
            }

            if (stage == Stage.OpenForComment)
            {
                document.OpenForComment(today, today.AddDays(market ? 34 : 14), today, WorkingCalendar.WeekendsOnly, settings.Value, now);
                document.Comment(null, "建议明确适用范围，并增加过渡期安排。", today, now);
                continue;
            }

            var published = await AdoptAndPublishAsync(document, issuers[unit], start, lateFiling: stage == Stage.FiledLate, cancellationToken);
            // The procedure ran at past dates: of the clocks it started only the expiry clock of a document still in force is kept.
            var expiry = document.ClockChanges.ToStart.Where(c => c.Kind == DocumentClocks.Expiry).ToList();
            document.ClockChanges.Clear();
            if (stage == Stage.Repealed)
            {
                var repealed = published.AddYears(2);
                document.LeaveForce(DocumentStatus.Repealed, repealed, $"废止：{repealed.Year}年度规范性文件清理", At(repealed));
            }
            else if (document.ExpiresOn < today)
            {
                document.Expire(At(document.ExpiresOn!.Value.AddDays(1)));
            }
            else
            {
                foreach (var clock in expiry)
                {
                    document.ClockChanges.Start(clock);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Comment (where required), legality review, collective discussion, publication and filing at the document's own dates.</summary>
    private async Task<DateOnly> AdoptAndPublishAsync(NormativeDocument document, IssuingUnit issuer, DateOnly start, bool lateFiling, CancellationToken cancellationToken)
    {
        var calendar = WorkingCalendar.WeekendsOnly;
        var day = start;
        if (document.CommentRequired)
        {
            var closes = day.AddDays(document.MarketRelated ? 34 : 14);
            document.OpenForComment(day, closes, day, calendar, settings.Value, At(day));
            var comment = document.Comment("市民王某", "建议对小微企业给予更长的整改期限。", day.AddDays(3), At(day.AddDays(3)));
            day = closes.AddDays(1);
            document.CloseComment(day, At(day));
            document.DisposeComment(comment.Id, CommentDisposition.PartlyAdopted, "已在第六条增加整改期限，但不宜一概延长。", At(day));
            if (document.MarketRelated)
            {
                document.PublishCommentFeedback("共收到意见1条，部分采纳，采纳情况已在政府网站公布。", At(day));
                document.RecordFairCompetitionReview("经公平竞争审查，未发现排除、限制竞争的内容。", At(day));
            }
        }

        document.SubmitForLegalityReview(day, settings.Value.LegalityReviewWorkingDays, calendar, At(day));
        day = day.AddDays(7);
        document.ConcludeLegalityReview(new LegalityChecklist(false, false, false, false, false, false), LegalityConclusion.Lawful, "经审核，未发现违法设定许可、处罚、强制、收费等内容，同意提交集体讨论。", "区司法局 李审核", At(day));
        day = day.AddDays(7);
        document.Decide(
            CollectiveMeeting.Record(day, MeetingType.Executive, MeetingOutcome.Adopted, "会议讨论通过，由起草单位按程序公布。", [], null, null, structuredMinutesRequired: false, DocumentRules.Doc4),
            At(day));
        day = day.AddDays(5);
        var sequence = await NumberCounter.NextAsync(db, document.UnitId, day.Year, cancellationToken);
        document.Publish(issuer.Code, day.Year, sequence, day, day.AddDays(30), document.LatestExpiry(day.AddDays(30), settings.Value), calendar, settings.Value, At(day));
        var filed = lateFiling ? day.AddDays(20) : day.AddDays(10);
        document.File(filed, calendar, settings.Value, At(filed));
        return day;
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero); // 10:00 in Beijing

    private static string Body(string title, string competence) =>
        $"""
        {title}

        第一条 为规范本区{competence}工作，保障公民、法人和其他组织的合法权益，根据有关法律、法规和规章，结合本区实际，制定本办法。
        第二条 本办法适用于本区行政区域内的{competence}活动。
        第三条 区人民政府有关部门按照职责分工，负责本办法的组织实施，并依法接受监督。
        第四条 行政机关实施本办法，应当遵循公开、公平、公正原则，不得增加法律、法规规定以外的义务。
        第五条 本办法自公布之日起三十日后施行。
        """;
}
