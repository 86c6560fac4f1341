using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Enforcement;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// 行政处罚裁量基准 — for one penalty item (a power of the unit), the ranges per circumstance. Published
/// before use: a decision uses the latest benchmark published and effective on its day (ENF-5).
/// </summary>
public sealed class DiscretionBenchmark : AggregateRoot<BenchmarkStatus>
{
    private DiscretionBenchmark()
    {
    }

    public Guid PowerId { get; private init; }

    public string PowerCode { get; private init; } = "";

    public string Title { get; private init; } = "";

    public List<BenchmarkRange> Ranges { get; private set; } = [];

    public DateOnly? PublishedOn { get; private set; }

    public DateOnly? EffectiveFrom { get; private set; }

    public static DiscretionBenchmark Draft(Power power, string title, IReadOnlyList<BenchmarkRange> ranges, DateTimeOffset now)
    {
        EnforcementRules.Enf5.Require(power.Kind == PowerKind.Penalty, $"{power.Code} 不是行政处罚事项。", $"{power.Code} is not a penalty item.");
        EnforcementRules.Enf5.Require(
            ranges.Select(r => r.Circumstance).Distinct().Count() == ranges.Count && ranges.Count > 0,
            "裁量基准应当对每一种情节规定一个裁量幅度。", "A benchmark gives one range per circumstance.");
        var ordered = ranges.OrderBy(r => r.Circumstance).ToList();
        EnforcementRules.Enf5.Require(
            ordered.Zip(ordered.Skip(1)).All(p => p.First.MinAmount <= p.Second.MinAmount && p.First.MaxAmount <= p.Second.MaxAmount),
            "情节较重的裁量幅度不得低于情节较轻的。", "A more serious circumstance may not have a lower range than a lighter one.");
        var benchmark = new DiscretionBenchmark { UnitId = power.UnitId, PowerId = power.Id, PowerCode = power.Code, Title = title, Ranges = ordered };
        benchmark.Begin(BenchmarkStatus.Draft, now, title);
        return benchmark;
    }

    /// <summary>Published on <paramref name="today"/>, usable from <paramref name="effectiveFrom"/> (not earlier than today).</summary>
    public void Publish(DateOnly today, DateOnly effectiveFrom, DateTimeOffset now)
    {
        EnforcementRules.Enf5.Require(Status == BenchmarkStatus.Draft, "该裁量基准已经公布。", "The benchmark is published already.");
        EnforcementRules.Enf5.Require(effectiveFrom >= today, "裁量基准自公布之日或者之后施行，不得早于公布之日。", "A benchmark takes effect on or after the day it is published, never before.");
        PublishedOn = today;
        EffectiveFrom = effectiveFrom;
        TransitionTo(BenchmarkStatus.Published, now, $"effective {effectiveFrom:yyyy-MM-dd}");
        Raise(new DiscretionBenchmarkPublished { OccurredAt = now, UnitId = UnitId, RecordId = Id, PowerCode = PowerCode, EffectiveFrom = effectiveFrom });
    }

    public bool UsableOn(DateOnly day) => Status == BenchmarkStatus.Published && EffectiveFrom <= day;

    /// <summary>ENF-5: a decision needs a benchmark of its item published and effective on its day.</summary>
    public static DiscretionBenchmark RequireUsable(DiscretionBenchmark? benchmark, string powerCode, DateOnly day)
    {
        EnforcementRules.Enf5.Require(
            benchmark is not null && benchmark.PowerCode == powerCode && benchmark.UsableOn(day),
            $"{day:yyyy-MM-dd} 没有已公布并施行的 {powerCode} 裁量基准。", $"No discretion benchmark for {powerCode} was published and in effect on {day:yyyy-MM-dd}.");
        return benchmark!;
    }

    public BenchmarkRange RangeFor(Circumstance circumstance) =>
        Ranges.SingleOrDefault(r => r.Circumstance == circumstance)
        ?? throw EnforcementRules.Enf5.Violation($"{PowerCode} 的裁量基准没有对情节为 {circumstance} 的案件规定裁量幅度。", $"The benchmark for {PowerCode} has no range for a {circumstance} case.");
}
