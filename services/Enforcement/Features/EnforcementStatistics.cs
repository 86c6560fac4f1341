using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>One item of a unit's powers list: its penalties and its licence decisions in the period.</summary>
public sealed record ItemStatistics(string PowerCode, int Decisions, decimal FinesTotal, LicenceTally Licences);

/// <summary>
/// A unit's penalties (cases opened in the period, those decided, their fines) and licence decisions
/// (decided in the period), per unit and item, with the parties' satisfaction; no party or applicant is named.
/// </summary>
public sealed record UnitStatistics(string UnitId, int Opened, int Decided, decimal FinesTotal, int Ratings, decimal? AverageSatisfaction, IReadOnlyList<ItemStatistics> Items, LicenceTally Licences);

/// <summary><c>?from=&amp;to=&amp;unitId=</c>: cases opened and licences decided in the period, of one unit or of all.</summary>
public sealed record StatisticsQuery(DateOnly? From, DateOnly? To, string? UnitId) : IPeriodQuery;

internal sealed class StatisticsQueryValidator : AbstractValidator<StatisticsQuery>
{
    public StatisticsQueryValidator()
    {
        RuleFor(x => x.UnitId).MaximumLength(RecordMapping.UnitIdLength);
        this.EndsNotBeforeItStarts();
    }
}

internal static class EnforcementStatistics
{
    private sealed record CaseRow(string UnitId, string PowerCode, DateOnly? DecidedOn, decimal? PenaltyAmount, int? SatisfactionScore);

    private sealed record LicenceRow(string UnitId, string PowerCode, LicenceOutcome Outcome);

    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapGet("/statistics", async ([AsParameters] StatisticsQuery query, EnforcementDbContext db, CancellationToken ct) =>
        {
            var (from, to, unitId) = (query.From, query.To, query.UnitId);
            var cases = await db.Cases.AsNoTracking()
                .Where(c => (unitId == null || c.UnitId == unitId) && (from == null || c.OpenedOn >= from) && (to == null || c.OpenedOn <= to))
                .Select(c => new CaseRow(c.UnitId, c.PowerCode, c.DecidedOn, c.PenaltyAmount, c.SatisfactionScore))
                .ToListAsync(ct);
            var licences = await db.Licences.AsNoTracking()
                .Where(l => (unitId == null || l.UnitId == unitId) && (from == null || l.DecidedOn >= from) && (to == null || l.DecidedOn <= to))
                .Select(l => new LicenceRow(l.UnitId, l.PowerCode, l.Outcome))
                .ToListAsync(ct);
            var units = cases.Select(c => c.UnitId).Concat(licences.Select(l => l.UnitId)).Distinct().Order(StringComparer.Ordinal);
            return TypedResults.Ok(units.Select(unit => Of(unit, [.. cases.Where(c => c.UnitId == unit)], [.. licences.Where(l => l.UnitId == unit)])).ToList());
        })
        .Validate<StatisticsQuery>()
        .WithName("EnforcementStatistics")
        .WithSummary("Penalties and licence decisions per unit, item and period with the parties' satisfaction per unit (?from=&to=&unitId=; public, no party or applicant named; ENF-10).");

    private static UnitStatistics Of(string unitId, List<CaseRow> cases, List<LicenceRow> licences)
    {
        var decided = cases.Where(c => c.DecidedOn != null).ToList();
        var ratings = cases.Where(c => c.SatisfactionScore != null).Select(c => (decimal)c.SatisfactionScore!.Value).ToList();
        var items = decided.Select(c => c.PowerCode).Concat(licences.Select(l => l.PowerCode)).Distinct().Order(StringComparer.Ordinal)
            .Select(code =>
            {
                var penalties = decided.Where(c => c.PowerCode == code).ToList();
                return new ItemStatistics(code, penalties.Count, penalties.Sum(c => c.PenaltyAmount ?? 0), LicenceTally.Of(licences.Where(l => l.PowerCode == code).Select(l => l.Outcome)));
            });
        return new UnitStatistics(
            unitId, cases.Count, decided.Count, decided.Sum(c => c.PenaltyAmount ?? 0), ratings.Count, ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
            [.. items], LicenceTally.Of(licences.Select(l => l.Outcome)));
    }
}
