using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Appraisal;

namespace RuleOfLaw.Appraisal.Domain;

/// <summary>
/// 考核周期 — a yearly appraisal cycle with its three-level indicator scheme and weights (APP-1), and the
/// manual adjustments of its scores (APP-2). While it is open the scores are never stored: <see cref="Scoring"/>
/// computes them from the evidence of <see cref="Year"/>. After the year it is frozen, ranked and judged against
/// its pass mark and commendation threshold, then published; failed units are ordered to rectify (APP-3). Units
/// file their yearly reports in it while it is open (APP-4).
/// </summary>
public sealed class AppraisalCycle : AggregateRoot<CycleStatus>
{
    private readonly List<ScoreAdjustment> _adjustments = [];

    private AppraisalCycle()
    {
    }

    public int Year { get; private init; }

    public string Name { get; private init; } = "";

    public IReadOnlyList<Indicator> Indicators { get; private init; } = [];

    public IReadOnlyList<ScoreAdjustment> Adjustments => _adjustments;

    public DateTimeOffset CreatedAt { get; private init; }

    public string CreatedBy { get; private init; } = "";

    /// <summary>APP-3: a total under it is failed and rectified.</summary>
    public decimal PassMark { get; private init; } = AppraisalRules.DefaultPassMark;

    /// <summary>APP-3: a total at or above it is commended.</summary>
    public decimal CommendationThreshold { get; private init; } = AppraisalRules.DefaultCommendationThreshold;

    public DateOnly? FrozenOn { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>APP-3: the scores as they stood at the freeze, ranked; empty while open.</summary>
    public IReadOnlyList<UnitResult> Results { get; private set; } = [];

    /// <summary>The first day after the cycle's year (China Standard Time): the earliest day it may be frozen.</summary>
    public DateOnly EndsBefore => new(Year + 1, 1, 1);

    /// <summary>
    /// APP-1: a cycle whose scheme has three levels, each level-3 indicator a computation, and siblings' weights adding up to 100;
    /// APP-3: with the pass mark under the commendation threshold.
    /// </summary>
    public static AppraisalCycle Create(
        int year, string name, IReadOnlyList<Indicator> indicators, string actor, DateTimeOffset now,
        decimal passMark = AppraisalRules.DefaultPassMark, decimal commendationThreshold = AppraisalRules.DefaultCommendationThreshold)
    {
        CheckScheme(indicators);
        AppraisalRules.App3.Require(
            passMark is > 0m and <= Scoring.FullMarks && commendationThreshold > passMark && commendationThreshold <= Scoring.FullMarks,
            $"合格线（{passMark}）应当低于表彰线（{commendationThreshold}），且两者均在 0 至 {Scoring.FullMarks} 之间。", $"The pass mark ({passMark}) lies under the commendation threshold ({commendationThreshold}), both within 0 … {Scoring.FullMarks}.");
        var cycle = new AppraisalCycle
        {
            Year = year, Name = name, Indicators = [.. indicators], CreatedAt = now, CreatedBy = actor, PassMark = passMark, CommendationThreshold = commendationThreshold,
        };
        cycle.Begin(CycleStatus.Open, now, $"{year}: pass mark {passMark}, commended from {commendationThreshold}");
        return cycle;
    }

    /// <summary>
    /// APP-3: at the end of the cycle the live scores are frozen as they stand on <paramref name="frozenOn"/>: ranked by total
    /// (equal totals share a rank), each judged commended, passed or failed. Evidence arriving later no longer changes them.
    /// </summary>
    public void Freeze(IReadOnlyList<UnitScores> scores, IReadOnlySet<string> unitsWithReport, DateOnly frozenOn, CommandTime time)
    {
        RequireStatus(CycleStatus.Open, "只有进行中的考核周期可以冻结，且只冻结一次。", "Only an open cycle is frozen, once.");
        AppraisalRules.App3.Require(frozenOn >= EndsBefore, $"{Year} 年度的考核分数在考核周期结束时冻结，不得早于 {EndsBefore:yyyy-MM-dd}。", $"The scores of {Year} are frozen at the end of the cycle: not before {EndsBefore:yyyy-MM-dd}.");
        AppraisalRules.App3.Require(frozenOn <= time.Today, "冻结应当在实际发生之日记录，不得提前记录。", "A freeze is recorded on the day it happened, not ahead.");
        var ordered = scores.OrderByDescending(s => s.Total).ThenBy(s => s.UnitId, StringComparer.Ordinal).ToList();
        Results = [.. ordered.Select(s => new UnitResult(s.UnitId, 1 + ordered.Count(o => o.Total > s.Total), s.Total, OutcomeOf(s.Total), unitsWithReport.Contains(s.UnitId), s.Indicators))];
        FrozenOn = frozenOn;
        TransitionTo(
            CycleStatus.Frozen,
            time.Now,
            $"frozen on {frozenOn:yyyy-MM-dd}: {Results.Count} units ranked"); // the outcomes are process information until published
    }

    /// <summary>
    /// APP-3: the frozen results are published with their ranking on <paramref name="publishedOn"/>, each unit is told its result,
    /// and each failed unit is ordered to rectify within <paramref name="rectificationDays"/> (a clock); the orders are returned.
    /// </summary>
    public IReadOnlyList<Rectification> Publish(DateOnly publishedOn, int rectificationDays, CommandTime time)
    {
        RequireStatus(CycleStatus.Frozen, "考核结果应当在分数冻结后公布，且只公布一次。", "Results are published once, after the scores are frozen.");
        AppraisalRules.App3.Require(publishedOn >= FrozenOn!.Value, $"{publishedOn:yyyy-MM-dd} 早于冻结日期 {FrozenOn:yyyy-MM-dd}：考核结果应当在冻结后公布。", $"{publishedOn:yyyy-MM-dd} is before the freeze on {FrozenOn:yyyy-MM-dd}: results are published after it.");
        AppraisalRules.App3.Require(publishedOn <= time.Today, "公布应当在实际发生之日记录，不得提前记录。", "A publication is recorded on the day it happened, not ahead.");
        PublishedOn = publishedOn;
        foreach (var result in Results)
        {
            Raise(new AppraisalResultPublished
            {
                OccurredAt = time.Now, UnitId = result.UnitId, RecordId = Id, Year = Year, Total = result.Total, Rank = result.Rank, Units = Results.Count,
                Outcome = result.Outcome.ToString(), PublishedOn = publishedOn,
            });
        }

        var orders = Results.Where(r => r.Outcome == ResultOutcome.Failed).Select(r => Rectification.Order(this, r, publishedOn, rectificationDays, time)).ToList();
        TransitionTo(CycleStatus.Published, time.Now, $"published on {publishedOn:yyyy-MM-dd}; {orders.Count} units ordered to rectify");
        return orders;
    }

    /// <summary>
    /// APP-4: a unit's yearly report on law-based administration is filed in the cycle, once, while the cycle is open,
    /// and not before the year it reports on has begun.
    /// </summary>
    public AnnualReport FileReport(string unitId, ReportingLevel level, string title, string text, DateOnly filedOn, bool alreadyFiled, string actor, CommandTime time)
    {
        var rule = AppraisalRules.App4;
        rule.Require(Status == CycleStatus.Open, $"{Year} 年度考核周期当前状态为 {Status}：年度报告应当在考核周期内、分数冻结前报送。", $"The cycle of {Year} is {Status}: reports are filed in the cycle, before its scores are frozen.");
        rule.Require(!alreadyFiled, $"{unitId} 已报送 {Year} 年度报告：每个单位每个考核周期只报送一份。", $"{unitId} has filed its report for {Year}: one report per unit and cycle.");
        rule.Require(filedOn >= new DateOnly(Year, 1, 1), $"{Year} 年度报告应当在该年度内或者之后报送，不得在 {filedOn:yyyy-MM-dd} 报送。", $"A report on {Year} is filed in or after that year, not on {filedOn:yyyy-MM-dd}.");
        rule.Require(filedOn <= time.Today, "报送应当在实际发生之日记录，不得提前记录。", "A filing is recorded on the day it happened, not ahead.");
        return AnnualReport.File(this, unitId, level, title, text, filedOn, actor, time);
    }

    /// <summary>APP-2: adjusts one unit's score on one level-3 indicator; the reason and the actor are recorded with it.</summary>
    public ScoreAdjustment Adjust(string unitId, string indicatorCode, decimal points, string reason, string actor, DateTimeOffset now)
    {
        RequireStatus(CycleStatus.Open, "分数已经冻结，不得再作调整。", "The scores are frozen: no more adjustments.");
        var indicator = Indicators.SingleOrDefault(i => i.Code == indicatorCode);
        AppraisalRules.App2.Require(indicator is { Level: AppraisalRules.Levels }, $"{indicatorCode} 不是本考核周期的三级指标：只有三级指标计分。", $"{indicatorCode} is not a level-3 indicator of the cycle: only those are scored.");
        AppraisalRules.App2.Require(!string.IsNullOrWhiteSpace(reason), "手动调整应当说明理由。", "A manual adjustment needs a reason.");
        AppraisalRules.App2.Require(points != 0, "调整 0 分不产生任何变化。", "An adjustment of 0 points changes nothing.");
        var adjustment = ScoreAdjustment.Of(Id, unitId, indicatorCode, points, reason, actor, now);
        _adjustments.Add(adjustment);
        return adjustment;
    }

    private ResultOutcome OutcomeOf(decimal total) =>
        total >= CommendationThreshold ? ResultOutcome.Commended : total < PassMark ? ResultOutcome.Failed : ResultOutcome.Passed;

    private void RequireStatus(CycleStatus expected, string chinese, string message) =>
        AppraisalRules.App3.Require(Status == expected, $"{chinese}考核周期当前状态为 {Status}。", $"{message} The cycle is {Status}.");

    private static void CheckScheme(IReadOnlyList<Indicator> indicators)
    {
        var rule = AppraisalRules.App1;
        var codes = indicators.Select(i => i.Code).ToList();
        rule.Require(codes.Distinct(StringComparer.Ordinal).Count() == codes.Count, "指标体系中每个指标代码只能使用一次。", "Each indicator's code is used once in the scheme.");
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            rule.Require(indicator.Level is >= 1 and <= AppraisalRules.Levels, $"{indicator.Code}：指标层级为 1（领域）、2、3。", $"{indicator.Code}: levels are 1 (area), 2 and 3.");
            if (indicator.Level == 1)
            {
                rule.Require(indicator.ParentCode is null, $"{indicator.Code}：一级领域没有上级指标。", $"{indicator.Code}: a level-1 area has no parent.");
            }
            else
            {
                rule.Require(
                    indicator.ParentCode is { } parent && byCode.TryGetValue(parent, out var p) && p.Level == indicator.Level - 1,
                    $"{indicator.Code}：{indicator.Level} 级指标的上级应当是本指标体系中的 {indicator.Level - 1} 级指标。", $"{indicator.Code}: a level-{indicator.Level} indicator's parent is a level-{indicator.Level - 1} indicator of the scheme.");
            }

            var computed = indicator.Level == AppraisalRules.Levels;
            rule.Require(computed == indicator.Computation is not null, $"{indicator.Code}：只有三级指标载明计算方法，且三级指标均应载明。", $"{indicator.Code}: level-3 indicators, and only they, name a computation.");
            rule.Require(computed || indicators.Any(c => c.ParentCode == indicator.Code), $"{indicator.Code}：{indicator.Level} 级指标之下应当设有 {indicator.Level + 1} 级指标。", $"{indicator.Code}: a level-{indicator.Level} indicator needs level-{indicator.Level + 1} indicators under it.");
        }

        rule.Require(indicators.Any(i => i.Level == 1), "指标体系应当至少设一个一级领域。", "A scheme needs at least one level-1 area.");
        foreach (var siblings in indicators.GroupBy(i => i.ParentCode ?? ""))
        {
            var total = siblings.Sum(i => i.Weight);
            var under = siblings.Key.Length == 0 ? "the level-1 areas" : $"the indicators under {siblings.Key}";
            var underChinese = siblings.Key.Length == 0 ? "各一级领域" : $"{siblings.Key} 之下各指标";
            rule.Require(total == AppraisalRules.WeightTotal, $"{underChinese}的权重合计为 {total}，应当为 {AppraisalRules.WeightTotal}。", $"The weights of {under} add up to {total}, not {AppraisalRules.WeightTotal}.");
        }
    }
}
