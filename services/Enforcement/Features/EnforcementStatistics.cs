using FluentValidation;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Enforcement.Data;

namespace RuleOfLaw.Enforcement.Features;

public sealed record ItemStatistics(string PowerCode, int Decisions, decimal FinesTotal);

public sealed record UnitStatistics(string UnitId, int Opened, int Decided, decimal FinesTotal, int Ratings, decimal? AverageSatisfaction, IReadOnlyList<ItemStatistics> Items);

/// <summary><c>?from=&amp;to=&amp;unitId=</c>: cases opened in the period, of one unit or of all.</summary>
public sealed record StatisticsQuery(DateOnly? From, DateOnly? To, string? UnitId);

internal sealed class StatisticsQueryValidator : AbstractValidator<StatisticsQuery>
{
    public StatisticsQueryValidator() => RuleFor(x => x.UnitId).MaximumLength(100);
}

internal static class EnforcementStatistics
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapGet("/statistics", async ([AsParameters] StatisticsQuery query, EnforcementDbContext db, CancellationToken ct) =>
        {
            var (from, to, unitId) = (query.From, query.To, query.UnitId);
            var cases = await db.Cases.AsNoTracking()
                .Where(c => (unitId == null || c.UnitId == unitId) && (from == null || c.OpenedOn >= from) && (to == null || c.OpenedOn <= to))
                .Select(c => new { c.UnitId, c.PowerCode, c.DecidedOn, c.PenaltyAmount, c.SatisfactionScore })
                .ToListAsync(ct);
            return TypedResults.Ok(cases.GroupBy(c => c.UnitId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var decided = g.Where(c => c.DecidedOn != null).ToList();
                var ratings = g.Where(c => c.SatisfactionScore != null).Select(c => (decimal)c.SatisfactionScore!.Value).ToList();
                return new UnitStatistics(
                    g.Key, g.Count(), decided.Count, decided.Sum(c => c.PenaltyAmount ?? 0), ratings.Count, ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
                    [.. decided.GroupBy(c => c.PowerCode).OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => new ItemStatistics(i.Key, i.Count(), i.Sum(c => c.PenaltyAmount ?? 0)))]);
            }).ToList());
        })
        .Validate<StatisticsQuery>()
        .WithName("EnforcementStatistics")
        .WithSummary("Penalties per unit, item and period with the parties' satisfaction per unit (?from=&to=&unitId=; public, ENF-10).");
}
