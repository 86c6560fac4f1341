using System.Globalization;
using System.Text;

namespace RuleOfLaw.Benchmarks;

/// <summary>Latency percentiles per target, overall and by kind of query.</summary>
internal static class Report
{
    public static void Print(IReadOnlyList<(Target Target, List<Sample> Samples, TimeSpan Elapsed)> results, double rate)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Latency in ms from the moment each request was due (open loop), successful requests only; ok/s: successful answers per second until the last one.");
        Line(text, "target", "requests", "errors", "p50", "p90", "p99", "max", "ok/s");
        foreach (var (target, samples, elapsed) in results)
        {
            var ok = Sorted(samples);
            Line(text, target.Name, N(samples.Count), N(samples.Count(s => !s.Ok)), P(ok, 0.50), P(ok, 0.90), P(ok, 0.99), ok.Count > 0 ? Ms(ok[^1]) : "-",
                (ok.Count / elapsed.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture));
        }

        text.AppendLine();
        text.AppendLine("By kind of query (matches: mean 'total' of the answers, i.e. documents found):");
        Line(text, "target", "kind", "requests", "p50", "p90", "p99", "max", "matches");
        foreach (var (target, samples, _) in results)
        {
            foreach (var kind in Enum.GetValues<QueryKind>())
            {
                var ofKind = samples.Where(s => s.Kind == kind).ToList();
                var ok = Sorted(ofKind);
                Line(text, target.Name, Kind(kind), N(ofKind.Count), P(ok, 0.50), P(ok, 0.90), P(ok, 0.99), ok.Count > 0 ? Ms(ok[^1]) : "-",
                    ofKind.Any(s => s.Ok) ? N((int)ofKind.Where(s => s.Ok).Average(s => s.Total)) : "-");
            }
        }

        text.AppendLine();
        foreach (var (target, samples, _) in results)
        {
            var errors = samples.Where(s => !s.Ok).GroupBy(s => s.Error).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} x{g.Count()}").ToList();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name}: sent on schedule within {samples.Max(s => s.SendLagMs):F1} ms (max lag of the sender); errors: {(errors.Count == 0 ? "none" : string.Join(", ", errors))}"));
        }

        Console.Write(text.ToString());
    }

    private static List<double> Sorted(List<Sample> samples) => [.. samples.Where(s => s.Ok).Select(s => s.LatencyMs).Order()];

    /// <summary>Nearest-rank percentile.</summary>
    private static string P(List<double> sorted, double p) =>
        sorted.Count == 0 ? "-" : Ms(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)]);

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Kind(QueryKind kind) => kind switch
    {
        QueryKind.TwoCharacterWord => "2-char word",
        QueryKind.FourCharacterWord => "4-char word",
        _ => "word+inForceOn",
    };

    private static void Line(StringBuilder text, params string[] cells)
    {
        text.Append(cells[0].PadRight(10));
        text.Append(cells[1].PadRight(16));
        foreach (var cell in cells.Skip(2))
        {
            text.Append(cell.PadLeft(10));
        }

        text.AppendLine();
    }
}
