namespace RuleOfLaw.Enforcement.Domain;

/// <summary>ENF-3: per unit and year, how many serving officers completed at least one training (target 100%).</summary>
public sealed record TrainingCoverage(string UnitId, int Year, int Officers, int Trained, decimal Percent)
{
    public static IReadOnlyList<TrainingCoverage> Of(IEnumerable<Officer> officers, int year) =>
        [.. officers.Where(o => o.ServesIn(year))
            .GroupBy(o => o.UnitId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Count();
                var trained = g.Count(o => o.TrainedIn(year));
                return new TrainingCoverage(g.Key, year, total, trained, Math.Round(100m * trained / total, 1));
            })];
}
