using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Enforcement.Data;
using RuleOfLaw.Enforcement.Domain;

namespace RuleOfLaw.Enforcement.Features;

internal static class ListBenchmarks
{
    public static void Map(RouteGroupBuilder enforcement)
    {
        enforcement.MapGet("/benchmarks", async (string? unitId, EnforcementDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Benchmarks.AsNoTracking()
                .Where(b => b.Status == BenchmarkStatus.Published && (unitId == null || b.UnitId == unitId))
                .OrderBy(b => b.UnitId).ThenBy(b => b.PowerCode).ThenBy(b => b.EffectiveFrom)
                .ToListAsync(ct)).Select(BenchmarkResponse.From).ToList()))
        .WithName("ListBenchmarks")
        .WithSummary("The published discretion benchmarks (public, ENF-5).");

        enforcement.MapGet("/benchmarks/{id:guid}", async Task<Results<Ok<BenchmarkResponse>, NotFound>> (Guid id, EnforcementDbContext db, CancellationToken ct) =>
            await db.Benchmarks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.Status == BenchmarkStatus.Published, ct) is { } benchmark
                ? TypedResults.Ok(BenchmarkResponse.From(benchmark))
                : TypedResults.NotFound())
        .WithName("GetBenchmark")
        .WithSummary("A published discretion benchmark (public, ENF-5).");
    }
}
