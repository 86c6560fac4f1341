namespace RuleOfLaw.Enforcement.Features;

/// <summary>A draft discretion benchmark for one penalty item of the unit: a range per circumstance.</summary>
public sealed record DraftBenchmarkRequest(Guid PowerId, string Title, IReadOnlyList<BenchmarkRangeItem> Ranges);

internal sealed class DraftBenchmarkValidator : AbstractValidator<DraftBenchmarkRequest>
{
    public DraftBenchmarkValidator()
    {
        RuleFor(x => x.PowerId).NotEmpty();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Ranges).NotEmpty().MaximumCount(50);
        RuleForEach(x => x.Ranges).NotNull().SetValidator(new BenchmarkRangeItemValidator());
    }
}

/// <summary>One range of a benchmark: its own validator, so the OpenAPI document shows its limits too.</summary>
internal sealed class BenchmarkRangeItemValidator : AbstractValidator<BenchmarkRangeItem>
{
    public BenchmarkRangeItemValidator()
    {
        RuleFor(r => r.Circumstance).IsInEnum();
        RuleFor(r => r.MinAmount).GreaterThanOrEqualTo(0);
        RuleFor(r => r.MaxAmount).GreaterThanOrEqualTo(r => r.MinAmount).LessThan(1_000_000_000m);
        RuleFor(r => r.Description).NotNull().MaximumLength(500);
    }
}

internal static class DraftBenchmark
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/benchmarks", async (DraftBenchmarkRequest request, EnforcementDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            var power = await RegistryLookups.PowerAsync(db, request.PowerId, ct);
            ActingUnit.Require(http, power.UnitId);
            var ranges = request.Ranges.Select(r => new BenchmarkRange { Circumstance = r.Circumstance, MinAmount = r.MinAmount, MaxAmount = r.MaxAmount, Description = r.Description.Trim() }).ToList();
            var benchmark = DiscretionBenchmark.Draft(power, request.Title.Trim(), ranges, time.GetUtcNow());
            return await db.CreatedAsync(benchmark, $"benchmarks/{benchmark.Id}", BenchmarkResponse.From, ct);
        })
        .AsCreation(Examples.Benchmark, StatusCodes.Status404NotFound)
        .ForRoles(Roles.UnitStaff, Roles.UnitHead)
        .WithName("DraftBenchmark")
        .WithSummary("Drafts a discretion benchmark (裁量基准) for a penalty item of the caller's unit: one range per circumstance (ENF-5).");
}
