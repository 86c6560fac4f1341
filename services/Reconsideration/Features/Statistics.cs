namespace RuleOfLaw.Reconsideration.Features;

/// <summary>One respondent unit's cases received in the year: by status and outcome, and how many went against it.</summary>
public sealed record RespondentStatistics(string RespondentUnitId, int Received, int Refused, IReadOnlyDictionary<string, int> Outcomes, int Corrected, decimal CorrectionRate);

/// <summary><c>?year=</c>, the year the applications were received (China Standard Time).</summary>
public sealed record StatisticsQuery(int Year);

internal static class Statistics
{
    public static void Map(RouteGroupBuilder reconsideration) =>
        reconsideration.MapGet("/statistics", async ([AsParameters] StatisticsQuery query, ReconsiderationDbContext db, CancellationToken ct) =>
        {
            if (query.Year is < 2000 or > 2999)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["A year between 2000 and 2999."] });
            }

            var from = new DateOnly(query.Year, 1, 1);
            var rows = await db.Cases.AsNoTracking().Where(c => c.ReceivedOn >= from && c.ReceivedOn < from.AddYears(1))
                .Select(c => new { c.RespondentUnitId, c.Status, c.Outcome }).ToListAsync(ct);
            var corrective = new[] { Outcome.Varied, Outcome.Revoked, Outcome.ConfirmedUnlawful, Outcome.PerformanceOrdered, Outcome.ConfirmedVoid };
            var units = rows.GroupBy(r => r.RespondentUnitId).OrderBy(g => g.Key).Select(g =>
            {
                var decided = g.Count(r => r.Outcome is not null and not Outcome.Withdrawn);
                var corrected = g.Count(r => r.Outcome is { } o && corrective.Contains(o));
                return new RespondentStatistics(
                    g.Key, g.Count(), g.Count(r => r.Status == CaseStatus.Refused),
                    g.Where(r => r.Outcome is not null).GroupBy(r => r.Outcome!.Value.ToString()).ToDictionary(o => o.Key, o => o.Count()),
                    corrected, decided == 0 ? 0 : Math.Round((decimal)corrected / decided, 4));
            }).ToList();
            return Results.Ok(units);
        })
        .Produces<List<RespondentStatistics>>()
        .ProducesValidationProblem()
        .WithName("ReconsiderationStatistics")
        .WithSummary("REC-8: per respondent unit and outcome, the cases received in a year and the correction rate (public: counts only).");
}
