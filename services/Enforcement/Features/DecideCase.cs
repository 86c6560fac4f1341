namespace RuleOfLaw.Enforcement.Features;

/// <summary>作出处罚决定: the penalty, the circumstance it was judged under, and a reason when it lies outside the published range.</summary>
public sealed record DecideCaseRequest(DateOnly DecidedOn, Penalty Penalty, Circumstance Circumstance, string? OverrideReason);

internal sealed class DecideCaseValidator : AbstractValidator<DecideCaseRequest>
{
    public DecideCaseValidator(TimeProvider time)
    {
        RuleFor(x => x.DecidedOn).NotInTheFuture(time);
        RuleFor(x => x.Penalty).NotNull().SetValidator(new PenaltyValidator());
        RuleFor(x => x.Circumstance).IsInEnum();
        RuleFor(x => x.OverrideReason).MaximumLength(2000);
    }
}

internal static class DecideCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/decision", (Guid id, DecideCaseRequest request, EnforcementDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, async (c, time) =>
            {
                // ENF-5: the latest benchmark of the item published and effective on the day of the decision.
                var benchmark = await db.Benchmarks.AsNoTracking()
                    .Where(b => b.PowerId == c.PowerId && b.Status == BenchmarkStatus.Published && b.EffectiveFrom <= request.DecidedOn)
                    .OrderByDescending(b => b.EffectiveFrom).ThenByDescending(b => b.PublishedOn)
                    .FirstOrDefaultAsync(ct);
                c.Decide(request.DecidedOn, request.Penalty, request.Circumstance, benchmark, request.OverrideReason?.Trim(), time);

                // ENF-6: compared with the like decisions already taken.
                var alike = await db.Cases.AsNoTracking()
                    .Where(o => o.Id != c.Id && o.PowerCode == c.PowerCode && o.Circumstance == request.Circumstance && o.PenaltyAmount != null)
                    .Select(o => new DecidedPenalty(o.Id, o.UnitId, o.PowerCode, o.Circumstance!.Value, o.PenaltyAmount!.Value, o.OutsideBenchmark))
                    .ToListAsync(ct);
                c.CompareWithAlike(alike, time.Now);
            }, ct))
        .AsCaseStep(Examples.Decide, CaseRoles.Handlers)
        .WithName("DecideCase")
        .WithSummary("作出决定 after the steps before it (ENF-4), within the published discretion range unless overridden with a reason (ENF-5), within on-the-spot limits (ENF-7), compared with like decisions (ENF-6); the 7-day service clock starts.");
}
