using System.Text.Json;
using RuleOfLaw.Appraisal.Domain;
using RuleOfLaw.Contracts;
using RuleOfLaw.Contracts.Clocks;
using RuleOfLaw.Contracts.Decisions;
using RuleOfLaw.Contracts.Enforcement;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.Appraisal.Tests;

/// <summary>The computations of the catalogue as pure functions of evidence, without a database.</summary>
public sealed class ScoringTests
{
    private const string Unit = "district-market-regulation";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset At = new(2026, 5, 6, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Day = new(2026, 5, 6);

    [Fact]
    public void APP_2_each_computation_scores_from_its_events_and_lists_them()
    {
        var late = Guid.NewGuid();
        var withdrawn = Decided("Withdrawn");
        var events = new IntegrationEvent[]
        {
            Filed(Guid.NewGuid(), onTime: true),
            Filed(late, onTime: false),
            Elapsed(late, "filing"),
            Elapsed(Guid.NewGuid(), "filing"),
            Decided("Revoked"), Decided("Upheld"), Decided("Rejected"), withdrawn,
            Hearing(true), Hearing(false),
            Flagged(Guid.NewGuid(), "ComplianceOverdue"), Flagged(Guid.NewGuid(), "ComplianceOverdue"), Flagged(Guid.NewGuid(), "ComplianceOverdue"),
            new DecisionTaken { OccurredAt = At, UnitId = Unit, RecordId = Guid.NewGuid(), Outcome = "Adopted", ReviewedBeforeMeeting = true, HeadDecidedAgainstMajority = false, LegalOfficeHeadAttended = true },
            new CaseFileReviewPublished { OccurredAt = At, UnitId = "legal-office", RecordId = Guid.NewGuid(), Year = 2026, ReviewedUnitId = Unit, AverageScore = 80m, Files = 5 },
            new CaseFileReviewPublished { OccurredAt = At.AddDays(1), UnitId = "legal-office", RecordId = Guid.NewGuid(), Year = 2026, ReviewedUnitId = Unit, AverageScore = 86.5m, Files = 6 },
        };
        var unit = Assert.Single(Scoring.Compute(Cycle(), events.Select(ToEvidence)));
        var scores = unit.Indicators.ToDictionary(i => i.IndicatorCode);

        Assert.Equal(100m * 1 / 3, scores["A1b"].Computed, 2);       // one of two filings on time, one filing never made
        Assert.Equal(80m, scores["A1c"].Computed);                  // two clocks missed
        Assert.Equal(100m * 2 / 3, scores["B1a"].Computed, 2);       // one correction of three decided (the withdrawal does not count)
        Assert.Equal(50m, scores["B1b"].Computed);                  // the head at one hearing of two
        Assert.Equal(100m, scores["A1a"].Computed);
        Assert.Equal(86.5m, scores["B2a"].Computed);
        Assert.Equal(70m, scores["B1c"].Computed);                  // three decisions complied with late                 // the latest review of the year
        Assert.Equal(3, scores["A1b"].EventIds.Count);        // the late filing's elapsed clock counts under A1c, not twice here
        Assert.Equal(3, scores["B1a"].EventIds.Count);
        Assert.Equal(events.Where(e => e != withdrawn).Select(e => e.EventId).Order(), unit.Indicators.SelectMany(i => i.EventIds).Distinct().Order());
    }

    [Fact]
    public void APP_2_the_same_events_again_or_in_another_order_give_the_same_scores()
    {
        var events = new IntegrationEvent[] { Filed(Guid.NewGuid(), true), Filed(Guid.NewGuid(), false), Elapsed(Guid.NewGuid(), "decision"), Decided("Varied"), Hearing(false) }
            .Select(ToEvidence).ToList();
        var cycle = Cycle();
        var first = Scoring.Compute(cycle, events);
        var replayed = Scoring.Compute(cycle, [.. events.AsEnumerable().Reverse(), .. events]);
        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(replayed));
    }

    [Fact]
    public void APP_2_events_of_another_year_do_not_count_and_adjustments_stay_within_0_and_100()
    {
        var cycle = Cycle();
        cycle.Adjust(Unit, "A1c", 15m, "整改到位加分", "appraiser", At);
        var lastYear = ToEvidence(Elapsed(Guid.NewGuid(), "filing") with { OccurredAt = new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.FromHours(8)) });
        var unit = Assert.Single(Scoring.Compute(cycle, [lastYear, ToEvidence(Elapsed(Guid.NewGuid(), "decision"))]));
        var missed = unit.Indicators.Single(i => i.IndicatorCode == "A1c");
        Assert.Equal((90m, 15m, 100m), (missed.Computed, missed.Adjustment, missed.Score));
        Assert.Single(missed.EventIds);
    }

    [Fact]
    public void APP_2_evidence_without_its_payload_is_not_scored()
    {
        var filed = Filed(Guid.NewGuid(), onTime: true);
        var withoutPayload = Evidence.Of(Guid.NewGuid(), typeof(DocumentFiled).FullName!, Unit, Guid.NewGuid(), At, At);
        var unit = Assert.Single(Scoring.Compute(Cycle(), [ToEvidence(filed), withoutPayload]));
        var filing = unit.Indicators.Single(i => i.IndicatorCode == "A1b");
        Assert.Equal(100m, filing.Computed);
        Assert.Equal([filed.EventId], filing.EventIds);
    }

    private static AppraisalCycle Cycle() => AppraisalCycle.Create(Schemes.Year, "考核", Schemes.Full, "admin", At);

    private static DocumentFiled Filed(Guid document, bool onTime) =>
        new() { OccurredAt = At, UnitId = Unit, RecordId = document, Number = "测规〔2026〕1号", FiledOn = Day, OnTime = onTime };

    private static StatutoryDeadlineElapsed Elapsed(Guid record, string kind) =>
        new() { OccurredAt = At, UnitId = Unit, RecordId = record, Service = "normative-documents", ClockKind = kind, RuleId = "DOC-9", DueDate = Day };

    private static ReconsiderationDecided Decided(string outcome) =>
        new() { OccurredAt = At, UnitId = "district-government", RecordId = Guid.NewGuid(), Outcome = outcome, DecidedOn = Day, RespondentUnitId = Unit };

    private static ReconsiderationCaseFlagged Flagged(Guid reconsideration, string kind) =>
        new() { OccurredAt = At, UnitId = "district-government", RecordId = reconsideration, Kind = kind, RespondentUnitId = Unit };

    private static CourtHearingRecorded Hearing(bool headAppeared) =>
        new() { OccurredAt = At, UnitId = "district-justice", RecordId = Guid.NewGuid(), DefendantUnitId = Unit, CourtCaseNumber = "(2026)浙0203行初1号", HearingOn = Day, HeadAppeared = headAppeared };

    private static Evidence ToEvidence(IntegrationEvent e) =>
        Evidence.Of(e.EventId, e.GetType().FullName!, e.UnitId, e.RecordId, e.OccurredAt, e.OccurredAt, JsonSerializer.Serialize(e, e.GetType(), Json));
}
