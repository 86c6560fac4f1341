using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Appraisal.Domain;

/// <summary>
/// 考核周期 — a yearly appraisal cycle with its three-level indicator scheme and weights (APP-1), and the
/// manual adjustments of its scores (APP-2). The scores themselves are never stored: <see cref="Scoring"/>
/// computes them from the evidence of <see cref="Year"/>.
/// </summary>
public sealed class AppraisalCycle : AggregateRoot
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

    /// <summary>APP-1: a cycle whose scheme has three levels, each level-3 indicator a computation, and siblings' weights adding up to 100.</summary>
    public static AppraisalCycle Create(int year, string name, IReadOnlyList<Indicator> indicators, string actor, DateTimeOffset now)
    {
        CheckScheme(indicators);
        return new AppraisalCycle { Year = year, Name = name, Indicators = [.. indicators], CreatedAt = now, CreatedBy = actor };
    }

    /// <summary>APP-2: adjusts one unit's score on one level-3 indicator; the reason and the actor are recorded with it.</summary>
    public ScoreAdjustment Adjust(string unitId, string indicatorCode, decimal points, string reason, string actor, DateTimeOffset now)
    {
        var indicator = Indicators.SingleOrDefault(i => i.Code == indicatorCode);
        AppraisalRules.App2.Require(indicator is { Level: AppraisalRules.Levels }, $"{indicatorCode} is not a level-3 indicator of the cycle: only those are scored.");
        AppraisalRules.App2.Require(!string.IsNullOrWhiteSpace(reason), "A manual adjustment needs a reason.");
        AppraisalRules.App2.Require(points != 0, "An adjustment of 0 points changes nothing.");
        var adjustment = ScoreAdjustment.Of(Id, unitId, indicatorCode, points, reason, actor, now);
        _adjustments.Add(adjustment);
        return adjustment;
    }

    private static void CheckScheme(IReadOnlyList<Indicator> indicators)
    {
        var rule = AppraisalRules.App1;
        var codes = indicators.Select(i => i.Code).ToList();
        rule.Require(codes.Distinct(StringComparer.Ordinal).Count() == codes.Count, "Each indicator's code is used once in the scheme.");
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            rule.Require(indicator.Level is >= 1 and <= AppraisalRules.Levels, $"{indicator.Code}: levels are 1 (area), 2 and 3.");
            if (indicator.Level == 1)
            {
                rule.Require(indicator.ParentCode is null, $"{indicator.Code}: a level-1 area has no parent.");
            }
            else
            {
                rule.Require(
                    indicator.ParentCode is { } parent && byCode.TryGetValue(parent, out var p) && p.Level == indicator.Level - 1,
                    $"{indicator.Code}: a level-{indicator.Level} indicator's parent is a level-{indicator.Level - 1} indicator of the scheme.");
            }

            var computed = indicator.Level == AppraisalRules.Levels;
            rule.Require(computed == indicator.Computation is not null, $"{indicator.Code}: level-3 indicators, and only they, name a computation.");
            rule.Require(computed || indicators.Any(c => c.ParentCode == indicator.Code), $"{indicator.Code}: a level-{indicator.Level} indicator needs level-{indicator.Level + 1} indicators under it.");
        }

        rule.Require(indicators.Any(i => i.Level == 1), "A scheme needs at least one level-1 area.");
        foreach (var siblings in indicators.GroupBy(i => i.ParentCode ?? ""))
        {
            var total = siblings.Sum(i => i.Weight);
            var under = siblings.Key.Length == 0 ? "the level-1 areas" : $"the indicators under {siblings.Key}";
            rule.Require(total == AppraisalRules.WeightTotal, $"The weights of {under} add up to {total}, not {AppraisalRules.WeightTotal}.");
        }
    }
}
