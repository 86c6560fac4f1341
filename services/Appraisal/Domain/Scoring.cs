using System.Globalization;
using System.Text.Json;

namespace RuleOfLaw.Appraisal.Domain;

/// <summary>One unit's score on one level-3 indicator: computed from <see cref="EventIds"/>, then adjusted (APP-2).</summary>
public sealed record IndicatorScore(string IndicatorCode, decimal Computed, decimal Adjustment, decimal Score, IReadOnlyList<Guid> EventIds);

/// <summary>A unit's scores in a cycle: each level-3 indicator's, and the weighted total (APP-2).</summary>
public sealed record UnitScores(string UnitId, decimal Total, IReadOnlyList<IndicatorScore> Indicators);

/// <summary>
/// APP-2: the scores of a cycle as a pure function of the evidence of its year and its adjustments. Nothing is
/// accumulated as events arrive, so the same events, delivered again or in another order, give the same scores.
/// </summary>
public static class Scoring
{
    /// <summary>Full marks; also the score of an indicator with nothing to count for a unit.</summary>
    public const decimal FullMarks = 100m;

    /// <summary>Points a missed statutory clock costs.</summary>
    public const decimal PointsPerMissedClock = 10m;

    /// <summary>The clock kind of a normative document's filing (DOC-9).</summary>
    public const string FilingClock = "filing";

    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>REC-6 outcomes that correct the respondent's act.</summary>
    private static readonly HashSet<string> Corrections = new(StringComparer.Ordinal) { "Varied", "Revoked", "ConfirmedUnlawful", "PerformanceOrdered", "ConfirmedVoid" };

    private const string Contracts = "RuleOfLaw.Contracts.";
    public const string DocumentFiled = Contracts + "NormativeDocuments.DocumentFiled";
    public const string DocumentDiscussed = Contracts + "NormativeDocuments.DocumentDiscussed";
    public const string DeadlineElapsed = Contracts + "Clocks.StatutoryDeadlineElapsed";
    public const string ReconsiderationDecided = Contracts + "Reconsideration.ReconsiderationDecided";
    public const string CourtHearingRecorded = Contracts + "Reconsideration.CourtHearingRecorded";
    public const string DecisionTaken = Contracts + "Decisions.DecisionTaken";
    public const string CaseFileReviewPublished = Contracts + "Enforcement.CaseFileReviewPublished";
    public const string ReconsiderationCaseFlagged = Contracts + "Reconsideration.ReconsiderationCaseFlagged";

    /// <summary>The flag of a reconsideration decision not complied with in time (REC-7).</summary>
    public const string ComplianceOverdue = "ComplianceOverdue";

    /// <summary>The event types any computation reads: the evidence a cycle's scores load.</summary>
    public static readonly IReadOnlyList<string> EventTypes =
        [DocumentFiled, DocumentDiscussed, DeadlineElapsed, ReconsiderationDecided, CourtHearingRecorded, DecisionTaken, CaseFileReviewPublished, ReconsiderationCaseFlagged];

    /// <summary>The first instant of a year in China Standard Time and that of the next.</summary>
    /// <remarks>In UTC, as PostgreSQL compares instants.</remarks>
    public static (DateTimeOffset From, DateTimeOffset Until) YearBounds(int year) =>
        (new DateTimeOffset(year, 1, 1, 0, 0, 0, ChinaStandardTime).ToUniversalTime(), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, ChinaStandardTime).ToUniversalTime());

    /// <summary>Every unit's scores: units named by an event of the year or an adjustment, ordered by id.</summary>
    public static IReadOnlyList<UnitScores> Compute(AppraisalCycle cycle, IEnumerable<Evidence> evidence)
    {
        var (from, until) = YearBounds(cycle.Year);
        var facts = evidence
            .Where(e => e.OccurredAt >= from && e.OccurredAt < until)
            .DistinctBy(e => e.EventId)
            .Select(e => new Fact(e.EventId, e.EventType, e.UnitId, e.RecordId, e.OccurredAt, Parse(e.Payload)))

            // Evidence stored before payloads were kept cannot say what its fields were: it is not scored.
            .Where(f => f.Payload.ValueKind == JsonValueKind.Object && f.Payload.EnumerateObject().Any())
            .OrderBy(f => f.EventId)
            .ToList();
        var leaves = cycle.Indicators.Where(i => i.Computation is not null).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        var computed = leaves.ToDictionary(i => i.Code, i => Compute(i.Computation!.Value, facts));
        var units = computed.Values.SelectMany(c => c.Keys).Concat(cycle.Adjustments.Select(a => a.UnitId)).Distinct().Order(StringComparer.Ordinal);
        return [.. units.Select(unit => ScoresOf(cycle, unit, leaves, computed))];
    }

    private static UnitScores ScoresOf(AppraisalCycle cycle, string unit, List<Indicator> leaves, Dictionary<string, Dictionary<string, (decimal Value, List<Guid> Events)>> computed)
    {
        var byCode = cycle.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var scores = new List<IndicatorScore>();
        var total = 0m;
        foreach (var leaf in leaves)
        {
            var (value, events) = computed[leaf.Code].TryGetValue(unit, out var c) ? c : (FullMarks, []);
            var adjustment = cycle.Adjustments.Where(a => a.UnitId == unit && a.IndicatorCode == leaf.Code).Sum(a => a.Points);
            var score = Math.Clamp(value + adjustment, 0m, FullMarks);
            scores.Add(new IndicatorScore(leaf.Code, value, adjustment, score, events));
            total += score * ShareOf(leaf, byCode);
        }

        return new UnitScores(unit, Round(total), scores);
    }

    /// <summary>An indicator's share of the total: the product of its and its ancestors' weights.</summary>
    private static decimal ShareOf(Indicator indicator, Dictionary<string, Indicator> byCode)
    {
        var share = indicator.Weight / 100m;
        for (var parent = indicator.ParentCode; parent is not null; parent = byCode[parent].ParentCode)
        {
            share *= byCode[parent].Weight / 100m;
        }

        return share;
    }

    private static Dictionary<string, (decimal Value, List<Guid> Events)> Compute(Computation computation, List<Fact> facts) => computation switch
    {
        Computation.DocumentsFiledOnTime => DocumentsFiledOnTime(facts),
        Computation.StatutoryClocksMissed => PerUnit(facts.Where(f => f.Type == DeadlineElapsed), f => f.UnitId, Penalised),
        Computation.OverdueCompliance => PerUnit(
            facts.Where(f => f.Type == ReconsiderationCaseFlagged && f.Text("kind") == ComplianceOverdue).DistinctBy(f => f.RecordId), f => f.Text("respondentUnitId"), Penalised),
        Computation.ReconsiderationCorrectionRate => Rate(
            facts.Where(f => f.Type == ReconsiderationDecided && f.Text("outcome") != "Withdrawn"), f => f.Text("respondentUnitId"), f => !Corrections.Contains(f.Text("outcome"))),
        Computation.HeadCourtAppearanceRate => Rate(facts.Where(f => f.Type == CourtHearingRecorded), f => f.Text("defendantUnitId"), f => f.Flag("headAppeared")),
        Computation.LegalityReviewBeforeMeeting => Rate(facts.Where(f => f.Type is DecisionTaken or DocumentDiscussed), f => f.UnitId, f => f.Flag("reviewedBeforeMeeting")),
        Computation.CaseFileReviewAverage => PerUnit(
            facts.Where(f => f.Type == CaseFileReviewPublished), f => f.Text("reviewedUnitId"), list => list.MaxBy(f => (f.OccurredAt, f.EventId))!.Number("averageScore")),
        _ => throw new ArgumentOutOfRangeException(nameof(computation), computation, "Not in the catalogue."),
    };

    /// <summary>On-time filings of all filings and filing clocks that ran out (a late filing counts once: its record's filing).</summary>
    private static Dictionary<string, (decimal Value, List<Guid> Events)> DocumentsFiledOnTime(List<Fact> facts)
    {
        var filed = facts.Where(f => f.Type == DocumentFiled).ToList();
        var filedRecords = filed.Select(f => (f.UnitId, f.RecordId)).ToHashSet();
        var overdue = facts.Where(f => f.Type == DeadlineElapsed && f.Text("clockKind") == FilingClock && !filedRecords.Contains((f.UnitId, f.RecordId)));
        return Rate(filed.Concat(overdue), f => f.UnitId, f => f.Type == DocumentFiled && f.Flag("onTime"));
    }

    /// <summary>Full marks less <see cref="PointsPerMissedClock"/> for each event: a clock missed, a compliance overdue.</summary>
    private static decimal Penalised(List<Fact> missed) => FullMarks - (PointsPerMissedClock * missed.Count);

    private static Dictionary<string, (decimal Value, List<Guid> Events)> Rate(IEnumerable<Fact> facts, Func<Fact, string> unit, Func<Fact, bool> good) =>
        PerUnit(facts, unit, list => FullMarks * list.Count(good) / list.Count);

    private static Dictionary<string, (decimal Value, List<Guid> Events)> PerUnit(IEnumerable<Fact> facts, Func<Fact, string> unit, Func<List<Fact>, decimal> value) =>
        facts.Where(f => unit(f).Length > 0).GroupBy(unit).ToDictionary(
            g => g.Key,
            g =>
            {
                var list = g.ToList();
                return (Round(Math.Clamp(value(list), 0m, FullMarks)), list.Select(f => f.EventId).ToList());
            },
            StringComparer.Ordinal);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static JsonElement Parse(string payload)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(payload) ? "{}" : payload);
        return document.RootElement.Clone();
    }

    /// <summary>An event as the computations read it: its envelope and its payload's fields, named case-insensitively.</summary>
    private sealed record Fact(Guid EventId, string Type, string UnitId, Guid RecordId, DateTimeOffset OccurredAt, JsonElement Payload)
    {
        public string Text(string name) => Field(name) is { } v ? (v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText()) : "";

        public bool Flag(string name) => Field(name) is { ValueKind: JsonValueKind.True };

        public decimal Number(string name) => Field(name) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal()
            : decimal.TryParse(Text(name), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : 0m;

        private JsonElement? Field(string name)
        {
            if (Payload.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in Payload.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }

            return null;
        }
    }
}
