using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Tests.Domain;

/// <summary>A document built in memory for the aggregates' unit tests: no host, no database, a clock of its own from Monday 2 March 2026.</summary>
internal sealed class DocumentFixture
{
    public static readonly DocumentSettings Settings = new();

    public static readonly WorkingCalendar Calendar = WorkingCalendar.WeekendsOnly;

    public static readonly LegalityChecklist Clean = new(false, false, false, false, false, false);

    public DocumentFixture(bool affectsRights = false, bool market = false, bool provisional = false, string title = "关于规范市场监管执法的通知")
    {
        Issuer = IssuingUnit.Register("district-market", "南市监", "南城区市场监督管理局", ["市场监管"], Now);
        Document = NormativeDocument.Draft(Issuer, "市场监管", title, "第一条 为规范执法行为，制定本通知。\n第二条 本通知自公布之日起施行。", affectsRights, market, provisional, Now);
    }

    public DateTimeOffset Now { get; private set; } = At(new DateOnly(2026, 3, 2));

    public DateOnly Today => StatutoryTime.DateOf(Now);

    public IssuingUnit Issuer { get; }

    public NormativeDocument Document { get; }

    /// <summary>10:00 in Beijing on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    public static string RuleOf(Action step) => Assert.Throws<RuleViolationException>(step).RuleId;

    public void Pass(int days) => Now = Now.AddDays(days);

    /// <summary>Reviewed lawful, without comment (a draft affecting no rights).</summary>
    public DocumentFixture Reviewed(LegalityConclusion conclusion = LegalityConclusion.Lawful)
    {
        Document.SubmitForLegalityReview(Today, Settings.LegalityReviewWorkingDays, Calendar, Now);
        Pass(1);
        Document.ConcludeLegalityReview(Clean, conclusion, "同意。", "区司法局 张三", Now);
        return this;
    }

    public DocumentFixture Discussed(MeetingOutcome outcome = MeetingOutcome.Adopted)
    {
        Document.Decide(Meeting(Today, outcome), Now);
        return this;
    }

    /// <summary>Reviewed, adopted and published today, in force from <paramref name="effectiveInDays"/> days on, for a year.</summary>
    public DocumentFixture Published(int effectiveInDays = 1)
    {
        Reviewed().Discussed();
        Pass(1);
        var effective = Today.AddDays(effectiveInDays);
        Document.Publish(Issuer.Code, Today.Year, 1, Today, effective, effective.AddYears(1), Calendar, Settings, Now);
        return this;
    }

    public static CollectiveMeeting Meeting(DateOnly on, MeetingOutcome outcome = MeetingOutcome.Adopted) =>
        CollectiveMeeting.Record(on, MeetingType.Executive, outcome, "会议讨论通过。", [], null, null, structuredMinutesRequired: false, DocumentRules.Doc4);

    /// <summary>The clocks the last steps started, on the fixture's calendar.</summary>
    public static IReadOnlyList<StatutoryClock> ClocksStarted(AggregateRoot record) => record.ClockChanges.ToStart;
}
