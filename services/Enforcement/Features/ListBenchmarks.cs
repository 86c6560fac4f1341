namespace RuleOfLaw.Enforcement.Features;

/// <summary><c>?unitId=</c>.</summary>
public sealed record BenchmarkQuery(string? UnitId);

internal sealed class BenchmarkQueryValidator : AbstractValidator<BenchmarkQuery>
{
    public BenchmarkQueryValidator() => RuleFor(x => x.UnitId).MaximumLength(100);
}

internal static class ListBenchmarks
{
    public static void Map(RouteGroupBuilder enforcement)
    {
        enforcement.MapGet("/benchmarks", async ([AsParameters] BenchmarkQuery query, EnforcementDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Benchmarks.AsNoTracking()
                .Where(b => b.Status == BenchmarkStatus.Published && (query.UnitId == null || b.UnitId == query.UnitId))
                .OrderBy(b => b.UnitId).ThenBy(b => b.PowerCode).ThenBy(b => b.EffectiveFrom)
                .ToListAsync(ct)).Select(BenchmarkResponse.From).ToList()))
        .Validate<BenchmarkQuery>()
        .WithName("ListBenchmarks")
        .WithSummary("The published discretion benchmarks (public, ENF-5).");

        enforcement.MapGet("/benchmarks/{id:guid}", (Guid id, EnforcementDbContext db, CancellationToken ct) =>
            db.Benchmarks.ShowAsync(id, b => b.Status == BenchmarkStatus.Published, BenchmarkResponse.From, ct))
        .WithName("GetBenchmark")
        .WithSummary("A published discretion benchmark (public, ENF-5).");
    }
}
