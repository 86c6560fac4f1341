using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>
/// 行政应诉案件 — a court case against a unit of the district (REC-10): registered when the complaint is served,
/// defence and evidence due within 15 days (a clock), its hearings with whether the unit's head appeared in court,
/// and the judgment; a lost case is reported. Kept by the legal/reconsideration organ; the unit sued reads its own.
/// </summary>
public sealed class CourtCase : ClockedRecord<CourtCaseStatus>, IConcernsUnit
{
    private CourtCase()
    {
    }

    /// <summary>The unit sued (被告).</summary>
    public string DefendantUnitId => ConcernedUnitId!;

    public string? ConcernedUnitId { get; private init; }

    public string Court { get; private init; } = "";

    /// <summary>The court's case number, e.g. （2026）桂0108行初12号.</summary>
    public string CourtCaseNumber { get; private init; } = "";

    public string Plaintiff { get; private init; } = "";

    public string ActChallenged { get; private init; } = "";

    public DateOnly ServedOn { get; private init; }

    public DateOnly RegisteredOn { get; private init; }

    public DateOnly DefenceDueOn { get; private set; }

    public DateOnly? DefenceFiledOn { get; private set; }

    public string? Defence { get; private set; }

    /// <summary>The 15 days ran out with no defence filed.</summary>
    public bool DefenceOverdue { get; private set; }

    public List<CourtHearing> Hearings { get; private set; } = [];

    public Judgment? Judgment { get; private set; }

    public DateOnly? JudgedOn { get; private set; }

    public string? JudgmentSummary { get; private set; }

    /// <summary>The judgment went against the unit (revoked, ordered to act, confirmed unlawful): reported.</summary>
    public bool Lost { get; private set; }

    /// <summary>应诉登记 (REC-10): served on <paramref name="servedOn"/>; the 15-day defence clock starts.</summary>
    public static CourtCase Register(string organUnitId, string defendantUnitId, string court, string courtCaseNumber, string plaintiff, string actChallenged, DateOnly servedOn, CommandTime time)
    {
        ReconsiderationRules.Rec10.Require(servedOn <= time.Today, "起诉状副本送达后方可登记应诉案件。", "A case is registered once the complaint has been served.");
        var @case = new CourtCase
        {
            UnitId = organUnitId,
            ConcernedUnitId = defendantUnitId,
            Court = court,
            CourtCaseNumber = courtCaseNumber,
            Plaintiff = plaintiff,
            ActChallenged = actChallenged,
            ServedOn = servedOn,
            RegisteredOn = time.Today,
        };
        var clock = @case.StartClock(RemedyClocks.Defence, ReconsiderationRules.Rec10, servedOn, ReconsiderationRules.DefenceDays, PeriodUnit.CalendarDays, time);
        @case.DefenceDueOn = clock.DueDate;
        @case.Begin(CourtCaseStatus.Registered, time.Now, $"{court} {courtCaseNumber}, served {servedOn:yyyy-MM-dd}, defence due {clock.DueDate:yyyy-MM-dd}");
        @case.Raise(new CourtCaseRegistered
        {
            OccurredAt = time.Now, UnitId = organUnitId, RecordId = @case.Id, DefendantUnitId = defendantUnitId, Court = court, CourtCaseNumber = courtCaseNumber,
            ServedOn = servedOn, DefenceDueOn = clock.DueDate,
        });
        return @case;
    }

    /// <summary>答辩 (REC-10): the defence and the evidence go to the court; the clock stops (late if after the 15 days).</summary>
    public void FileDefence(DateOnly on, string defence, CommandTime time)
    {
        RequireStatus(CourtCaseStatus.Registered, "答辩状应当在判决前提交，且只提交一次。", "The defence is filed once, before the judgment.");
        RequireOnOrAfter(on, ServedOn, "起诉状副本送达之日", "service of the complaint");
        DefenceFiledOn = on;
        Defence = defence;
        Stop(RemedyClocks.Defence, time.Now, "defence filed");
        TransitionTo(CourtCaseStatus.Defended, time.Now, on <= DefenceDueOn ? $"defence filed {on:yyyy-MM-dd}" : $"defence filed late {on:yyyy-MM-dd} (due {DefenceDueOn:yyyy-MM-dd})");
    }

    /// <summary>开庭 (REC-10): a hearing held, and whether the unit's head appeared in court; published for appraisal.</summary>
    public void RecordHearing(DateOnly on, bool headAppeared, string appearedBy, string? note, CommandTime time)
    {
        ReconsiderationRules.Rec10.Require(Status != CourtCaseStatus.Judged, "案件已经判决，不再记录庭审。", "The case is judged; no more hearings are recorded.");
        RequireOnOrAfter(on, ServedOn, "起诉状副本送达之日", "service of the complaint");
        RequireOnOrAfter(on, Hearings.Count == 0 ? ServedOn : Hearings[^1].On, "最近一次庭审之日", "the last hearing");
        Hearings.Add(new CourtHearing(on, headAppeared, appearedBy, note));
        Note(time.Now, $"hearing {on:yyyy-MM-dd}: " + (headAppeared ? $"the head appeared ({appearedBy})" : $"the head did not appear; {appearedBy} appeared"));
        Raise(new CourtHearingRecorded
        {
            OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, DefendantUnitId = DefendantUnitId, CourtCaseNumber = CourtCaseNumber, HearingOn = on, HeadAppeared = headAppeared,
        });
    }

    /// <summary>判决 (REC-10): the judgment; a lost case is flagged and reported.</summary>
    public void RecordJudgment(Judgment judgment, DateOnly on, string summary, CommandTime time)
    {
        ReconsiderationRules.Rec10.Require(Status != CourtCaseStatus.Judged, "判决只记录一次。", "The judgment is recorded once.");
        ReconsiderationRules.Rec10.Require(Enum.IsDefined(judgment), "应当为法院可以作出的裁判结果。", "An outcome the court can give.");
        RequireOnOrAfter(on, Hearings.Count == 0 ? ServedOn : Hearings[^1].On, Hearings.Count == 0 ? "起诉状副本送达之日" : "最近一次庭审之日", Hearings.Count == 0 ? "service of the complaint" : "the last hearing");
        Judgment = judgment;
        JudgedOn = on;
        JudgmentSummary = summary;
        Lost = judgment is Domain.Judgment.Revoked or Domain.Judgment.PerformanceOrdered or Domain.Judgment.ConfirmedUnlawful;
        Stop(null, time.Now, $"judged: {judgment}");
        TransitionTo(CourtCaseStatus.Judged, time.Now, $"{judgment} on {on:yyyy-MM-dd}" + (Lost ? ": lost, reported" : ""));
        Raise(new CourtCaseJudged
        {
            OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, DefendantUnitId = DefendantUnitId, CourtCaseNumber = CourtCaseNumber, Outcome = judgment.ToString(),
            JudgedOn = on, Lost = Lost, Hearings = Hearings.Count, HeadAppearances = Hearings.Count(h => h.HeadAppeared),
        });
        if (Lost)
        {
            Flag("CaseLost", time.Now);
        }
    }

    /// <summary>REC-10: the 15 days ran out with no defence: flagged.</summary>
    public void MarkDefenceOverdue(DateTimeOffset now)
    {
        if (DefenceFiledOn is not null || Status == CourtCaseStatus.Judged)
        {
            return;
        }

        DefenceOverdue = true;
        Note(now, $"no defence by {DefenceDueOn:yyyy-MM-dd}");
        Flag("DefenceOverdue", now);
    }

    private void Flag(string kind, DateTimeOffset now) =>
        Raise(new RemedyCaseFlagged { OccurredAt = now, UnitId = UnitId, RecordId = Id, Procedure = "Litigation", Kind = kind, ConcernedUnitId = DefendantUnitId, Detail = CourtCaseNumber });

    private void RequireStatus(CourtCaseStatus expected, string chinese, string message) =>
        ReconsiderationRules.Rec10.Require(Status == expected, $"{chinese}案件当前状态为 {Status}。", $"{message} The case is {Status}.");

    private void RequireOnOrAfter(DateOnly day, DateOnly earlier, string whatChinese, string what) => RequireOnOrAfter(ReconsiderationRules.Rec10, day, earlier, whatChinese, what);
}
