namespace RuleOfLaw.Enforcement.Features;

/// <summary>Publishes the benchmark today, usable for decisions from <see cref="EffectiveFrom"/>.</summary>
public sealed record PublishBenchmarkRequest(DateOnly EffectiveFrom);

internal sealed class PublishBenchmarkValidator : AbstractValidator<PublishBenchmarkRequest>
{
    public PublishBenchmarkValidator() => RuleFor(x => x.EffectiveFrom).NotEmpty();
}

internal static class PublishBenchmark
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/benchmarks/{id:guid}/publish", (Guid id, PublishBenchmarkRequest request, EnforcementDbContext db, RecordCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(db.Benchmarks, id, (b, time) => b.Publish(time.Today, request.EffectiveFrom, time.Now), (b, _) => BenchmarkResponse.From(b), ct))
        .Validate<PublishBenchmarkRequest>()
        .WithRequestExample(Examples.PublishBenchmark)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<DiscretionBenchmark>(Roles.UnitHead)
        .WithName("PublishBenchmark")
        .WithSummary("Publishes a benchmark: decisions may use it from its effective day, never before (ENF-5).");
}
