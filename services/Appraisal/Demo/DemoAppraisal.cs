using System.Text.Json;
using Microsoft.Extensions.Options;
using RuleOfLaw.Appraisal.Features;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Contracts;
using RuleOfLaw.Contracts.Clocks;
using RuleOfLaw.Contracts.Decisions;
using RuleOfLaw.Contracts.Enforcement;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.Appraisal.Demo;

/// <summary>
/// Last year's cycle frozen and published in January — one unit commended, one passed, one failed and rectifying, yearly
/// reports filed — and this year's cycle open with live scores; both computed from evidence as the other services publish
/// it. Every date is placed relative to the service's clock: last year's events on days of last year, this year's no later than now.
/// </summary>
internal sealed class DemoAppraisal(AppraisalDbContext db, TimeProvider time, WorkingCalendarProvider calendars, IOptions<AppraisalSettings> settings) : IDemoDataSeeder
{
    private const string Good = "district-market-regulation";
    private const string Fair = "district-urban-management";
    private const string Poor = "district-ecology";
    private const string Government = "district-government";
    private const string Organ = "district-reconsideration";
    private const string LegalOffice = "district-justice";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Indicator[] Scheme =
    [
        new("A", "依法决策与制度建设", 1, null, 50, null),
        new("A1", "重大决策与规范性文件", 2, "A", 100, null),
        new("A1a", "会前合法性审核率", 3, "A1", 30, Computation.LegalityReviewBeforeMeeting),
        new("A1b", "规范性文件按时备案率", 3, "A1", 40, Computation.DocumentsFiledOnTime),
        new("A1c", "法定期限遵守", 3, "A1", 30, Computation.StatutoryClocksMissed),
        new("B", "严格执法与监督纠错", 1, null, 50, null),
        new("B1", "复议与应诉", 2, "B", 60, null),
        new("B1a", "行政复议纠错率", 3, "B1", 40, Computation.ReconsiderationCorrectionRate),
        new("B1b", "行政机关负责人出庭应诉率", 3, "B1", 40, Computation.HeadCourtAppearanceRate),
        new("B1c", "复议决定履行", 3, "B1", 20, Computation.OverdueCompliance),
        new("B2", "执法质量", 2, "B", 40, null),
        new("B2a", "行政执法案卷评查平均分", 3, "B2", 100, Computation.CaseFileReviewAverage),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Cycles.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = StatutoryTime.Today(time);
        var calendar = await calendars.GetAsync(cancellationToken);
        CommandTime On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero), day, calendar);
        var thisYear = new DateOnly(today.Year, 1, 1);
        var lastYear = thisYear.AddYears(-1);

        // Last year: events on its days; the cycle frozen and published in January (or today, on New Year's Day).
        var last = AppraisalCycle.Create(lastYear.Year, $"{lastYear.Year}年度依法行政考核", Scheme, "demo-appraiser", On(lastYear.AddDays(10)).Now);
        db.Cycles.Add(last);
        var lastEvidence = EventsOfAYear(day => new DateTimeOffset(lastYear.AddDays(day).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero)).ToList();
        db.Evidence.AddRange(lastEvidence);
        db.Adjustments.Add(last.Adjust(Fair, "A1c", 5m, "超期案件系上级机关延迟移送所致，经核实酌情加分", "demo-appraiser", On(lastYear.AddDays(340)).Now));

        var frozenOn = Min(today, thisYear.AddDays(14));
        var publishedOn = Min(today, thisYear.AddDays(30));
        foreach (var (unit, level, title) in new[]
        {
            (Government, ReportingLevel.Government, $"南城区人民政府关于{lastYear.Year}年度法治政府建设情况的报告"),
            (Good, ReportingLevel.Department, $"南城区市场监督管理局{lastYear.Year}年度法治政府建设情况报告"),
            (Fair, ReportingLevel.Department, $"南城区城市管理综合行政执法局{lastYear.Year}年度法治政府建设情况报告"),
        })
        {
            var filedOn = Max(thisYear, frozenOn.AddDays(-5));
            db.Reports.Add(last.FileReport(unit, level, title, ReportText(lastYear.Year), filedOn, alreadyFiled: false, $"demo-{unit}", On(filedOn)));
        }

        last.Freeze(Scoring.Compute(last, lastEvidence), new HashSet<string>([Government, Good, Fair], StringComparer.Ordinal), frozenOn, On(frozenOn));
        foreach (var rectification in last.Publish(publishedOn, settings.Value.RectificationDays, On(publishedOn)))
        {
            db.Rectifications.Add(rectification);
            var reportedOn = publishedOn.AddDays(20);
            if (reportedOn <= today)
            {
                rectification.Report(reportedOn, "已对迟报的规范性文件逐件补报备案，建立备案期限提醒制度；组织负责人出庭应诉专题培训，明确出庭应诉责任分工。", On(reportedOn));
            }

            if (reportedOn.AddDays(10) <= today)
            {
                rectification.Complete(reportedOn.AddDays(10), "经实地核查，整改措施已落实，同意验收。", On(reportedOn.AddDays(10)));
            }
        }

        // This year: the same kinds of events, each no later than now; the cycle open with live scores.
        var current = AppraisalCycle.Create(thisYear.Year, $"{thisYear.Year}年度依法行政考核", Scheme, "demo-appraiser", Max(now.AddDays(-1), On(thisYear).Now));
        db.Cycles.Add(current);
        var yearStart = new DateTimeOffset(thisYear.ToDateTime(TimeOnly.MinValue), StatutoryTime.ChinaStandardTime);
        db.Evidence.AddRange(EventsOfAYear(day => Max(yearStart, now.AddDays(day - 365))));

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A year of evidence for the three units, at <paramref name="at"/>(day of the year): the market regulator does
    /// everything right, the urban management bureau half of it, the ecology bureau files late, misses clocks and is corrected.
    /// </summary>
    private static IEnumerable<Evidence> EventsOfAYear(Func<int, DateTimeOffset> at)
    {
        Evidence Of(IntegrationEvent e) => Evidence.Of(e.EventId, e.GetType().FullName!, e.UnitId, e.RecordId, e.OccurredAt, e.OccurredAt, JsonSerializer.Serialize(e, e.GetType(), Json));
        DateOnly Day(int day) => StatutoryTime.DateOf(at(day));
        var number = 0;

        IEnumerable<IntegrationEvent> Unit(string unit, string code, bool[] reviewed, bool[] filedOnTime, int clocksMissed, string[] outcomes, bool[] headAppeared, decimal review)
        {
            foreach (var (ok, i) in reviewed.Select((ok, i) => (ok, i)))
            {
                yield return new DecisionTaken { OccurredAt = at(40 + (i * 60)), UnitId = unit, RecordId = Guid.NewGuid(), Outcome = "Adopted", ReviewedBeforeMeeting = ok, HeadDecidedAgainstMajority = false, LegalOfficeHeadAttended = true };
            }

            foreach (var (onTime, i) in filedOnTime.Select((ok, i) => (ok, i)))
            {
                var document = Guid.NewGuid();
                var filedOn = 70 + (i * 50);
                if (!onTime)
                {
                    yield return new StatutoryDeadlineElapsed { OccurredAt = at(filedOn - 3), UnitId = unit, RecordId = document, Service = "normative-documents", ClockKind = "filing", RuleId = "DOC-9", DueDate = Day(filedOn - 4) };
                }

                yield return new DocumentFiled { OccurredAt = at(filedOn), UnitId = unit, RecordId = document, Number = $"南{code}规〔{Day(filedOn).Year}〕{++number}号", FiledOn = Day(filedOn), OnTime = onTime };
            }

            for (var i = 0; i < clocksMissed; i++)
            {
                yield return new StatutoryDeadlineElapsed { OccurredAt = at(120 + (i * 30)), UnitId = unit, RecordId = Guid.NewGuid(), Service = "enforcement", ClockKind = "decision", RuleId = "ENF-4", DueDate = Day(119 + (i * 30)) };
            }

            foreach (var (outcome, i) in outcomes.Select((o, i) => (o, i)))
            {
                yield return new ReconsiderationDecided { OccurredAt = at(150 + (i * 40)), UnitId = Organ, RecordId = Guid.NewGuid(), Outcome = outcome, DecidedOn = Day(150 + (i * 40)), RespondentUnitId = unit };
            }

            foreach (var (appeared, i) in headAppeared.Select((a, i) => (a, i)))
            {
                yield return new CourtHearingRecorded
                {
                    OccurredAt = at(200 + (i * 30)), UnitId = Organ, RecordId = Guid.NewGuid(), DefendantUnitId = unit, CourtCaseNumber = $"（{Day(200).Year}）南0102行初{++number}号",
                    HearingOn = Day(200 + (i * 30)), HeadAppeared = appeared,
                };
            }

            yield return new CaseFileReviewPublished { OccurredAt = at(300), UnitId = LegalOffice, RecordId = Guid.NewGuid(), Year = Day(300).Year, ReviewedUnitId = unit, AverageScore = review, Files = 10 };
        }

        return new[]
        {
            Unit(Good, "市监", [true, true, true], [true, true], 0, ["Upheld", "Rejected"], [true], 93m),
            Unit(Fair, "城管", [true, false], [true, false], 1, ["Upheld", "Varied"], [true, true], 82m),
            Unit(Poor, "环", [false], [false], 4, ["Revoked"], [false], 65m),
        }.SelectMany(events => events).Select(Of);
    }

    private static string ReportText(int year) =>
        $"一、{year}年度推进法治政府建设的主要举措和成效：严格落实重大行政决策程序，规范性文件全部经合法性审核并按时报备；深化行政执法“三项制度”。" +
        "二、存在的不足和原因：部分执法人员法治意识有待加强，案卷制作规范化水平仍需提高。" +
        $"三、党政主要负责人履行推进法治建设第一责任人职责情况。四、{year + 1}年度推进法治政府建设的主要安排。";

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
