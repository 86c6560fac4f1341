namespace RuleOfLaw.Enforcement.Domain;

/// <summary>One decided penalty, as the spread sees it.</summary>
public sealed record DecidedPenalty(Guid CaseId, string UnitId, string PowerCode, Circumstance Circumstance, decimal Amount, bool OutsideBenchmark);

/// <summary>
/// 同案同罚 — per penalty item and circumstance, the spread of decided amounts (min, median, max,
/// count) and its outliers (ENF-6): a decision outside the benchmark, or, with four or more
/// decisions, one beyond 1.5 interquartile ranges of the middle half (Tukey's fences).
/// </summary>
public sealed record PenaltySpread(string PowerCode, Circumstance Circumstance, int Count, decimal Min, decimal Median, decimal Max, IReadOnlyList<DecidedPenalty> Outliers)
{
    public static IReadOnlyList<PenaltySpread> Of(IEnumerable<DecidedPenalty> penalties) =>
        [.. penalties.GroupBy(p => (p.PowerCode, p.Circumstance))
            .OrderBy(g => g.Key.PowerCode, StringComparer.Ordinal).ThenBy(g => g.Key.Circumstance)
            .Select(g => Compute(g.Key.PowerCode, g.Key.Circumstance, [.. g.OrderBy(p => p.Amount)]))];

    private static PenaltySpread Compute(string code, Circumstance circumstance, List<DecidedPenalty> sorted)
    {
        var amounts = sorted.Select(p => p.Amount).ToList();
        var low = decimal.MinValue;
        var high = decimal.MaxValue;
        if (amounts.Count >= 4)
        {
            var q1 = Quantile(amounts, 0.25m);
            var q3 = Quantile(amounts, 0.75m);
            var fence = 1.5m * (q3 - q1);
            low = q1 - fence;
            high = q3 + fence;
        }

        var outliers = sorted.Where(p => p.OutsideBenchmark || p.Amount < low || p.Amount > high).ToList();
        return new PenaltySpread(code, circumstance, amounts.Count, amounts[0], Quantile(amounts, 0.5m), amounts[^1], outliers);
    }

    /// <summary>Linear interpolation between the closest ranks of a sorted list.</summary>
    private static decimal Quantile(List<decimal> sorted, decimal q)
    {
        var position = (sorted.Count - 1) * q;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
