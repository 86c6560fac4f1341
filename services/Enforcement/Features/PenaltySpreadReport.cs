namespace RuleOfLaw.Enforcement.Features;

public sealed record OutlierItem(Guid CaseId, string UnitId, decimal Amount, bool OutsideBenchmark);

public sealed record PenaltySpreadItem(string PowerCode, Circumstance Circumstance, int Count, decimal Min, decimal Median, decimal Max, IReadOnlyList<OutlierItem> Outliers);

/// <summary><c>?powerCode=&amp;year=</c>.</summary>
public sealed record PenaltySpreadQuery(string? PowerCode, int? Year);

internal sealed class PenaltySpreadQueryValidator : AbstractValidator<PenaltySpreadQuery>
{
    public PenaltySpreadQueryValidator() => RuleFor(x => x.PowerCode).MaximumLength(40);
}

internal static class PenaltySpreadReport
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapGet("/penalty-spread", async ([AsParameters] PenaltySpreadQuery query, EnforcementDbContext db, CancellationToken ct) =>
        {
            var (powerCode, year) = (query.PowerCode, query.Year);
            var decided = await db.Cases.AsNoTracking()
                .Where(c => c.DecidedOn != null && c.PenaltyAmount != null && c.Circumstance != null)
                .Where(c => powerCode == null || c.PowerCode == powerCode)
                .Where(c => year == null || c.DecidedOn!.Value.Year == year)
                .Select(c => new { c.Id, c.UnitId, c.PowerCode, c.Circumstance, c.PenaltyAmount, c.OutsideBenchmark })
                .ToListAsync(ct);
            var spreads = PenaltySpread.Of(decided.Select(c => new DecidedPenalty(c.Id, c.UnitId, c.PowerCode, c.Circumstance!.Value, c.PenaltyAmount!.Value, c.OutsideBenchmark)));
            return TypedResults.Ok(spreads.Select(s => new PenaltySpreadItem(
                s.PowerCode, s.Circumstance, s.Count, s.Min, s.Median, s.Max, [.. s.Outliers.Select(o => new OutlierItem(o.CaseId, o.UnitId, o.Amount, o.OutsideBenchmark))])).ToList());
        })
        .Validate<PenaltySpreadQuery>()
        .WithName("PenaltySpread")
        .WithSummary("同案同罚: per penalty item and circumstance, the spread of decided amounts (min, median, max, count) and the outliers (public, ENF-6).");
}
