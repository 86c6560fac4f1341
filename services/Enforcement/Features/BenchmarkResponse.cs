namespace RuleOfLaw.Enforcement.Features;

public sealed record BenchmarkRangeItem(Circumstance Circumstance, decimal MinAmount, decimal MaxAmount, string Description);

public sealed record BenchmarkResponse(Guid Id, string UnitId, Guid PowerId, string PowerCode, string Title, BenchmarkStatus Status, DateOnly? PublishedOn, DateOnly? EffectiveFrom, IReadOnlyList<BenchmarkRangeItem> Ranges)
{
    public static BenchmarkResponse From(DiscretionBenchmark b) => new(
        b.Id, b.UnitId, b.PowerId, b.PowerCode, b.Title, b.Status, b.PublishedOn, b.EffectiveFrom,
        [.. b.Ranges.OrderBy(r => r.Circumstance).Select(r => new BenchmarkRangeItem(r.Circumstance, r.MinAmount, r.MaxAmount, r.Description))]);
}
