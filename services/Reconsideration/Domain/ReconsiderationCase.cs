using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>
/// 行政复议案件 — one reconsideration case, from the citizen's application (REC-1) through acceptance (REC-2),
/// the ordinary or simplified procedure (REC-3, REC-4, REC-5) to the decision (REC-6) and the respondent's
/// compliance (REC-7). The case owns its clocks: the command runner attaches them, the case starts,
/// pauses, resumes, extends and stops them, and they are saved with the case in the step's transaction.
/// Case files are staff-only; the applicant sees their own case.
/// </summary>
public sealed class ReconsiderationCase : ClockedRecord<CaseStatus>
{
    private ReconsiderationCase()
    {
    }

    public string Number { get; private set; } = "";

    /// <summary>The applicant's account (the token's subject): never a name in a request body.</summary>
    public string ApplicantAccount { get; private init; } = "";

    public string ApplicantName { get; private init; } = "";

    public string RespondentUnitId { get; private init; } = "";

    public string ActReference { get; private init; } = "";

    public string ActDescription { get; private init; } = "";

    public bool FailureToAct { get; private init; }

    public DateOnly ActOn { get; private init; }

    public DateOnly LearnedOn { get; private init; }

    public bool ToldOfRight { get; private init; }

    public decimal? ContestedAmount { get; private init; }

    public string Request { get; private init; } = "";

    public Guid? EnforcementCaseId { get; private init; }

    public DateOnly ReceivedOn { get; private init; }

    /// <summary>REC-1: applied after the period, with the recorded reason.</summary>
    public bool Late { get; private init; }

    public string? LateReason { get; private init; }

    public DateOnly? CorrectionRequestedOn { get; private set; }

    public string? CorrectionItems { get; private set; }

    public DateOnly? CorrectedOn { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>REC-2: the 5 working days ran out with no answer.</summary>
    public bool DeemedAccepted { get; private set; }

    public DateOnly? RefusedOn { get; private set; }

    public string? RefusalReason { get; private set; }

    public string? CompetentOrgan { get; private set; }

    public ProcedureKind Procedure { get; private set; }

    public SimplifiedGround? SimplifiedGround { get; private set; }

    /// <summary>REC-4, REC-8: a major or complex case: heard, and reported.</summary>
    public bool Major { get; private set; }

    public List<string> Officers { get; private set; } = [];

    public DateOnly? CopySentOn { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public string? Answer { get; private set; }

    public DateOnly? HearingNoticeOn { get; private set; }

    public DateOnly? HearingOn { get; private set; }

    public string? HearingPresider { get; private set; }

    public List<string> HearingOfficers { get; private set; } = [];

    public string? HearingClerk { get; private set; }

    public DateOnly? HearingHeldOn { get; private set; }

    public List<ReviewStep> ReviewSteps { get; private set; } = [];

    public DateOnly? SuspendedOn { get; private set; }

    public string? SuspensionReason { get; private set; }

    public int? ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>REC-9: the normative document whose review the applicant asked for, and its clauses.</summary>
    public string? DocumentNumber { get; private init; }

    public List<string> Clauses { get; private init; } = [];

    public bool IncidentalReviewPending { get; private set; }

    public string? IncidentalReviewOutcome { get; private set; }

    public List<string> SuspendedClauses { get; private set; } = [];

    public string? MediationTerms { get; private set; }

    public DateOnly? MediationDraftedOn { get; private set; }

    public Outcome? Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? Reasoning { get; private set; }

    public decimal? VariedAmount { get; private set; }

    /// <summary>REC-5: settled (和解): withdrawn, and the same act cannot be contested again by the same applicant.</summary>
    public bool Settled { get; private set; }

    /// <summary>REC-6: the decision clock ran out with no decision.</summary>
    public bool DecisionOverdue { get; private set; }

    public bool DecidedLate { get; private set; }

    public List<CaseDocument> Documents { get; private set; } = [];

    /// <summary>REC-7: the day by which the respondent reports its compliance (correction), if the case asks it to.</summary>
    public DateOnly? ComplianceDueOn { get; private set; }

    public DateOnly? OpinionLetterOn { get; private set; }

    public DateOnly? CompliedOn { get; private set; }

    public string? ComplianceReport { get; private set; }

    public bool ComplianceOverdue { get; private set; }

    /// <summary>REC-7: how far overdue compliance has been escalated.</summary>
    public Escalation? Escalation { get; private set; }

    /// <summary>REC-8: marked as a typical case for the published casebook, with its anonymised summary.</summary>
    public string? TypicalSummary { get; private set; }

    public bool Typical => TypicalSummary is not null;

    public bool IsOpen => Status is CaseStatus.Submitted or CaseStatus.AwaitingCorrection or CaseStatus.Accepted or CaseStatus.Suspended;

    /// <summary>
    /// The last day a timely application can be made: 60 days from learning, or a year where not told of the right;
    /// a period whose last day is a rest day runs to the next working day, as the clocks count it (行政复议法 Art 88).
    /// </summary>
    public static DateOnly ApplicationDeadline(DateOnly learnedOn, bool toldOfRight, WorkingCalendar calendar)
    {
        var lastDay = toldOfRight ? learnedOn.AddDays(ReconsiderationRules.ApplicationDays) : learnedOn.AddYears(ReconsiderationRules.UntoldApplicationYears);
        return calendar.EndOfPeriod(learnedOn, lastDay.DayNumber - learnedOn.DayNumber, PeriodUnit.CalendarDays);
    }

    /// <summary>
    /// 申请 (REC-1): within 60 days of learning of the act (a year where not told of the right), a late one
    /// only with a justified reason; not an act this applicant already settled (REC-5). The 5-working-day
    /// acceptance clock starts.
    /// </summary>
    public static ReconsiderationCase Apply(string organUnitId, string applicantAccount, string applicantName, Application application, bool settledBefore, CommandTime time)
    {
        ReconsiderationRules.Rec5.Require(!settledBefore, $"您已就 {application.ActReference} 与被申请人达成和解，不得就同一行政行为再次申请行政复议。", $"You settled the case on {application.ActReference} with the respondent; the same act cannot be contested again.");
        RequireDates(application.ActOn <= application.LearnedOn, "申请人知道该行政行为的日期不得早于该行为作出的日期。", "The applicant cannot learn of the act before it was done.");
        var deadline = ApplicationDeadline(application.LearnedOn, application.ToldOfRight, time.Calendar);
        var late = time.Today > deadline;
        ReconsiderationRules.Rec1.Require(
            !late || !string.IsNullOrWhiteSpace(application.LateReason),
            $"申请期限已于 {deadline:yyyy-MM-dd} 届满；逾期申请应当说明正当理由。", $"The period to apply ended on {deadline:yyyy-MM-dd}; a late application needs a justified reason (正当理由).");

        var @case = new ReconsiderationCase
        {
            UnitId = organUnitId,
            ApplicantAccount = applicantAccount,
            ApplicantName = applicantName,
            RespondentUnitId = application.RespondentUnitId,
            ActReference = application.ActReference,
            ActDescription = application.ActDescription,
            FailureToAct = application.FailureToAct,
            ActOn = application.ActOn,
            LearnedOn = application.LearnedOn,
            ToldOfRight = application.ToldOfRight,
            ContestedAmount = application.ContestedAmount,
            Request = application.Request,
            EnforcementCaseId = application.EnforcementCaseId,
            DocumentNumber = application.DocumentNumber,
            Clauses = [.. application.Clauses],
            ReceivedOn = time.Today,
            Late = late,
            LateReason = late ? application.LateReason : null,
        };
        @case.Number = $"复议-{time.Today:yyyyMMdd}-{@case.Id.ToString("N")[^6..]}";
        @case.Begin(CaseStatus.Submitted, time.Now, late ? $"received late, reason: {application.LateReason}" : $"received {time.Today:yyyy-MM-dd}");
        @case.Raise(new ReconsiderationApplied
        {
            OccurredAt = time.Now, UnitId = organUnitId, RecordId = @case.Id, CaseNumber = @case.Number, RespondentUnitId = @case.RespondentUnitId, ReceivedOn = time.Today, Late = late,
        });
        @case.StartClock(CaseClocks.Acceptance, ReconsiderationRules.Rec2, time.Today, ReconsiderationRules.AcceptanceWorkingDays, PeriodUnit.WorkingDays, time, reportsOverdue: false);
        return @case;
    }

    /// <summary>补正 (REC-2): asked once, for every correction at once; the acceptance clock pauses, the applicant has 10 days.</summary>
    public void RequestCorrection(DateOnly on, string items, CommandTime time)
    {
        RequireStatus(CaseStatus.Submitted, "补正通知应当在决定受理或者不予受理前发出。", "Corrections are asked for before the case is accepted or refused.");
        ReconsiderationRules.Rec2.Require(CorrectionRequestedOn is null, "补正通知只能发出一次，并应当一次性载明需要补正的全部事项。", "Corrections are asked for once, all of them at once.");
        RequireOnOrAfter(on, ReceivedOn, "申请之日", "the application");
        CorrectionRequestedOn = on;
        CorrectionItems = items;
        ClockOf(CaseClocks.Acceptance)?.Pause(time.Today, time.Now, "补正: the applicant corrects the application");
        StartClock(CaseClocks.Correction, ReconsiderationRules.Rec2, on, ReconsiderationRules.CorrectionDays, PeriodUnit.CalendarDays, time, reportsOverdue: false);
        Issue("补正通知书", on);
        TransitionTo(CaseStatus.AwaitingCorrection, time.Now, $"corrections asked: {items}");
    }

    /// <summary>The applicant corrected the application: the acceptance clock resumes.</summary>
    public void Correct(DateOnly on, string corrections, CommandTime time)
    {
        RequireStatus(CaseStatus.AwaitingCorrection, "只有等待补正的申请可以补正。", "Only an application awaiting corrections is corrected.");
        RequireOnOrAfter(on, CorrectionRequestedOn!.Value, "通知补正之日", "the request for corrections");
        CorrectedOn = on;
        Stop(CaseClocks.Correction, time, "corrected");
        ClockOf(CaseClocks.Acceptance)?.Resume(time.Today, time.Calendar, time.Now, "corrected: acceptance resumes");
        TransitionTo(CaseStatus.Submitted, time.Now, $"corrected: {corrections}");
    }

    /// <summary>视为放弃 (REC-2): no correction within the 10 days.</summary>
    public void Abandon(DateTimeOffset now)
    {
        if (Status != CaseStatus.AwaitingCorrection)
        {
            return;
        }

        ClockOf(CaseClocks.Acceptance)?.Stop(now, "application abandoned");
        TransitionTo(CaseStatus.Abandoned, now, $"no correction within {ReconsiderationRules.CorrectionDays} days: deemed abandoned");
    }

    /// <summary>
    /// 受理 (REC-2) within the 5 working days, in the ordinary or the simplified procedure (REC-3: a ground
    /// for it, an amount of at most ¥3,000). Starts the copy and decision clocks.
    /// </summary>
    public void Accept(DateOnly on, ProcedureKind procedure, SimplifiedGround? ground, bool major, CommandTime time)
    {
        RequireStatus(CaseStatus.Submitted, "只有已提交的申请可以受理。", "Only a submitted application is accepted.");
        RequireOnOrAfter(on, CorrectedOn ?? ReceivedOn, "申请（或者补正）之日", "the application (or its correction)");
        if (procedure == ProcedureKind.Simplified)
        {
            ReconsiderationRules.Rec3.Require(ground is not null, "适用简易程序应当具备法定情形（当场作出的行政行为、警告、金额不超过 3000 元、政府信息公开，或者当事人各方同意）。", "The simplified procedure needs its ground (on-the-spot act, warning, ≤ ¥3,000, information disclosure, or all parties agree).");
            ReconsiderationRules.Rec3.Require(
                ground != Domain.SimplifiedGround.SmallAmount || (ContestedAmount is { } amount && amount <= ReconsiderationRules.SimplifiedAmountLimit),
                $"简易程序只适用于金额不超过 {ReconsiderationRules.SimplifiedAmountLimit:0} 元的案件。", $"The simplified procedure takes amounts of at most ¥{ReconsiderationRules.SimplifiedAmountLimit:0}.");
            ReconsiderationRules.Rec3.Require(!major, "重大、疑难、复杂的案件不适用简易程序。", "A major or complex case is not heard in the simplified procedure.");
        }

        BeginReview(on, procedure, procedure == ProcedureKind.Simplified ? ground : null, major, deemed: false, time);
    }

    /// <summary>REC-2: the acceptance clock ran out with no one acting: the case is accepted as of the day after the period.</summary>
    public void AcceptByDeeming(CommandTime time)
    {
        if (Status != CaseStatus.Submitted)
        {
            return;
        }

        // Accepted as of the day after the period ran out, however late the sweeper noticed.
        var on = ClockOf(CaseClocks.Acceptance) is { } clock ? clock.DueDate.AddDays(1) : time.Today;
        BeginReview(on, ProcedureKind.Ordinary, null, major: false, deemed: true, time);
    }

    /// <summary>不予受理 (REC-2): the reason and the competent organ; reported to the supervising body (REC-8).</summary>
    public void Refuse(DateOnly on, string reason, string? competentOrgan, CommandTime time)
    {
        RequireStatus(CaseStatus.Submitted, "只有已提交的申请可以决定不予受理。", "Only a submitted application is refused.");
        RequireOnOrAfter(on, CorrectedOn ?? ReceivedOn, "申请（或者补正）之日", "the application (or its correction)");
        RefusedOn = on;
        RefusalReason = reason;
        CompetentOrgan = competentOrgan;
        Stop(CaseClocks.Acceptance, time, "refused");
        Issue("不予受理决定书", on);
        TransitionTo(CaseStatus.Refused, time.Now, $"refused: {reason}" + (competentOrgan is null ? "" : $"; competent organ: {competentOrgan}"));
        Raise(new ReconsiderationRefused { OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, RespondentUnitId = RespondentUnitId, RefusedOn = on, Reason = reason, CompetentOrgan = competentOrgan });
    }

    /// <summary>REC-4: at least two reconsideration officers handle the case.</summary>
    public void AssignOfficers(IReadOnlyList<string> officers, CommandTime time)
    {
        RequireReviewing("行政复议人员应当指定给已受理的案件。", "Officers are assigned to an accepted case.");
        var distinct = officers.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToList();
        ReconsiderationRules.Rec4.Require(distinct.Count >= ReconsiderationRules.MinimumOfficers, $"案件应当由不少于 {ReconsiderationRules.MinimumOfficers} 名行政复议人员办理。", $"A case is handled by at least {ReconsiderationRules.MinimumOfficers} reconsideration officers.");
        Officers = distinct;
        Note(time.Now, $"handled by {string.Join("、", distinct)}");
    }

    /// <summary>REC-3: the application's copy goes to the respondent; its answer clock starts.</summary>
    public void SendCopy(DateOnly on, CommandTime time)
    {
        RequireReviewing("申请书副本应当发送给已受理案件的被申请人。", "The copy goes to the respondent of an accepted case.");
        ReconsiderationRules.Rec3.Require(CopySentOn is null, "申请书副本已经发送。", "The copy was sent already.");
        RequireOnOrAfter(on, AcceptedOn!.Value, "受理之日", "the acceptance");
        CopySentOn = on;
        Stop(CaseClocks.Copy, time, "copy sent");
        var simplified = Procedure == ProcedureKind.Simplified;
        StartClock(CaseClocks.Answer, ReconsiderationRules.Rec3, on, simplified ? ReconsiderationRules.SimplifiedAnswerWorkingDays : ReconsiderationRules.AnswerWorkingDays, PeriodUnit.WorkingDays, time);
        Issue("行政复议答复通知书", on);
        Note(time.Now, $"copy sent to {RespondentUnitId} on {on:yyyy-MM-dd}");
    }

    /// <summary>REC-3: the respondent's answer (书面答复) with its evidence.</summary>
    public void RecordAnswer(DateOnly on, string answer, CommandTime time)
    {
        RequireReviewing("答复应当针对已受理的案件。", "The answer belongs to an accepted case.");
        ReconsiderationRules.Rec3.Require(CopySentOn is not null, "被申请人应当针对收到的申请书副本提出答复。", "The respondent answers the copy it was sent.");
        ReconsiderationRules.Rec3.Require(AnsweredOn is null, "被申请人已经答复。", "The respondent answered already.");
        RequireOnOrAfter(on, CopySentOn!.Value, "发送申请书副本之日", "the copy");
        AnsweredOn = on;
        Answer = answer;
        Stop(CaseClocks.Answer, time, "answered");
        Note(time.Now, $"answer of {RespondentUnitId} received on {on:yyyy-MM-dd}");
    }

    /// <summary>REC-4: a hearing: a presider, at least two officers and a clerk, notified at least 5 working days ahead.</summary>
    public void ScheduleHearing(DateOnly noticeOn, DateOnly hearingOn, string presider, IReadOnlyList<string> officers, string clerk, CommandTime time)
    {
        RequireReviewing("听证应当在已受理的案件中举行。", "A hearing is held in an accepted case.");
        RequireOnOrAfter(noticeOn, AcceptedOn!.Value, "受理之日", "the acceptance");
        var panel = officers.Select(o => o.Trim()).Where(o => o.Length > 0 && o != presider && o != clerk).Distinct().ToList();
        ReconsiderationRules.Rec4.Require(panel.Count >= ReconsiderationRules.MinimumOfficers, $"听证应当由一名主持人、至少 {ReconsiderationRules.MinimumOfficers} 名其他行政复议人员和一名记录员参加。", $"A hearing has a presider, at least {ReconsiderationRules.MinimumOfficers} other officers and a clerk.");
        var earliest = time.Calendar.EndOfPeriod(noticeOn, ReconsiderationRules.HearingNoticeWorkingDays, PeriodUnit.WorkingDays);
        ReconsiderationRules.Rec4.Require(hearingOn > earliest, $"应当在听证 {ReconsiderationRules.HearingNoticeWorkingDays} 个工作日前通知当事人：听证日期应当晚于 {earliest:yyyy-MM-dd}。", $"The parties are notified at least {ReconsiderationRules.HearingNoticeWorkingDays} working days ahead: the hearing can be after {earliest:yyyy-MM-dd}.");
        HearingNoticeOn = noticeOn;
        HearingOn = hearingOn;
        HearingPresider = presider;
        HearingOfficers = panel;
        HearingClerk = clerk;
        Issue("听证通知书", noticeOn);
        Note(time.Now, $"hearing on {hearingOn:yyyy-MM-dd}, presided by {presider}");
    }

    public void HoldHearing(DateOnly on, string? note, CommandTime time)
    {
        RequireReviewing("听证应当在已受理的案件中举行。", "A hearing is held in an accepted case.");
        ReconsiderationRules.Rec4.Require(HearingOn is not null && HearingHeldOn is null, "只有已安排的听证可以举行，且只举行一次。", "Only a scheduled hearing is held, once.");
        RequireOnOrAfter(on, HearingOn!.Value, "确定的听证日期", "the day set for the hearing");
        HearingHeldOn = on;
        ReviewSteps.Add(new ReviewStep(ReviewMethod.Hearing, on, note));
        Note(time.Now, $"hearing held on {on:yyyy-MM-dd}");
    }

    /// <summary>REC-5: a review method used.</summary>
    public void RecordReview(ReviewMethod method, DateOnly on, string? note, CommandTime time)
    {
        RequireReviewing("审理方式应当记录在已受理的案件中。", "Review methods are recorded on an accepted case.");
        ReconsiderationRules.Rec5.Require(method != ReviewMethod.Hearing, "听证以举行听证的方式记录（REC-4），不在此登记。", "A hearing is recorded by holding it (REC-4).");
        RequireOnOrAfter(on, AcceptedOn!.Value, "受理之日", "the acceptance");
        ReviewSteps.Add(new ReviewStep(method, on, note));
        Note(time.Now, $"{method} on {on:yyyy-MM-dd}");
    }

    /// <summary>REC-6: one extension of at most 30 days, with its reason.</summary>
    public void Extend(int days, string reason, CommandTime time)
    {
        RequireReviewing("只有已受理且尚未办结的案件可以延长审理期限。", "Only an open, accepted case is extended.");
        ReconsiderationRules.Rec6.Require(ExtensionDays is null, "复议决定期限只能延长一次。", "The decision period is extended once.");
        ReconsiderationRules.Rec6.Require(days is > 0 and <= ReconsiderationRules.MaxExtensionDays, $"延长期限不得超过 {ReconsiderationRules.MaxExtensionDays} 日。", $"An extension is at most {ReconsiderationRules.MaxExtensionDays} days.");
        ExtensionDays = days;
        ExtensionReason = reason;
        ClockOf(CaseClocks.Decision)?.Extend(days, time.Calendar, time.Now, reason);
        Issue("延期审理通知书", time.Today);
        Note(time.Now, $"decision period extended by {days} days: {reason}");
    }

    /// <summary>中止 (REC-6): the decision clock pauses.</summary>
    public void Suspend(DateOnly on, string reason, CommandTime time)
    {
        RequireStatus(CaseStatus.Accepted, "只有正在审理的案件可以中止。", "Only a case under review is suspended.");
        RequireOnOrAfter(on, AcceptedOn!.Value, "受理之日", "the acceptance");
        SuspendedOn = on;
        SuspensionReason = reason;
        PauseDecision(time, reason);
        Issue("中止审理通知书", on);
        TransitionTo(CaseStatus.Suspended, time.Now, $"suspended: {reason}");
    }

    /// <summary>恢复审理 (REC-6): the decision clock resumes with the days that were left. Not while an incidental review is pending (REC-9).</summary>
    public void Resume(DateOnly on, CommandTime time)
    {
        RequireStatus(CaseStatus.Suspended, "只有中止审理的案件可以恢复审理。", "Only a suspended case resumes.");
        ReconsiderationRules.Rec9.Require(!IncidentalReviewPending, "本案须等待规范性文件附带审查的结果。", "The case waits for the incidental review of the normative document.");
        RequireOnOrAfter(on, SuspendedOn!.Value, "中止之日", "the suspension");
        ResumeReview(time, $"resumed on {on:yyyy-MM-dd}");
    }

    /// <summary>REC-9: the documents service concluded the incidental review; a suspension for it ends.</summary>
    public void ConcludeIncidentalReview(string outcome, IReadOnlyList<string> suspendedClauses, string reasoning, CommandTime time)
    {
        if (!IncidentalReviewPending)
        {
            return;
        }

        IncidentalReviewPending = false;
        IncidentalReviewOutcome = outcome;
        SuspendedClauses = [.. suspendedClauses];
        Note(time.Now, $"incidental review of {DocumentNumber}: {outcome}. {reasoning}");
        if (Status == CaseStatus.Suspended)
        {
            ResumeReview(time, "incidental review concluded");
        }
    }

    /// <summary>调解 (REC-5): the mediation agreement is drafted; it takes effect once signed.</summary>
    public void DraftMediation(DateOnly on, string terms, CommandTime time)
    {
        RequireReviewing("调解应当在已受理的案件中进行。", "Mediation happens in an accepted case.");
        RequireOnOrAfter(on, AcceptedOn!.Value, "受理之日", "the acceptance");
        MediationDraftedOn = on;
        MediationTerms = terms;
        Note(time.Now, $"mediation agreement drafted on {on:yyyy-MM-dd}");
    }

    /// <summary>调解书 signed by the parties (REC-5): effective, the case ends as mediated.</summary>
    public void SignMediation(DateOnly on, CommandTime time)
    {
        RequireReviewing("调解应当在已受理的案件中进行。", "Mediation happens in an accepted case.");
        ReconsiderationRules.Rec5.Require(MediationTerms is not null, "调解书应当先拟定，再签署。", "A mediation agreement is drafted before it is signed.");
        RequireOnOrAfter(on, MediationDraftedOn!.Value, "拟定调解书之日", "the draft agreement");
        Conclude(Domain.Outcome.Mediated, on, MediationTerms, null, CaseStatus.Decided, "调解书", time);
    }

    /// <summary>和解 (REC-5): the parties settled; the case is withdrawn and the act cannot be contested again by this applicant.</summary>
    public void Settle(DateOnly on, string terms, CommandTime time)
    {
        RequireReviewing("和解只能终结已受理且尚未办结的案件。", "A settlement ends an open, accepted case.");
        RequireOnOrAfter(on, AcceptedOn!.Value, "受理之日", "the acceptance");
        Settled = true;
        Conclude(Domain.Outcome.Withdrawn, on, $"和解: {terms}", null, CaseStatus.Withdrawn, "准予撤回行政复议申请决定书", time);
    }

    /// <summary>撤回: the applicant withdraws before the decision.</summary>
    public void Withdraw(DateOnly on, string reason, CommandTime time)
    {
        ReconsiderationRules.Rec6.Require(IsOpen, "只有尚未办结的复议申请可以撤回。", "Only an open application is withdrawn.");
        RequireOnOrAfter(on, ReceivedOn, "申请之日", "the application");
        Conclude(Domain.Outcome.Withdrawn, on, reason, null, CaseStatus.Withdrawn, "准予撤回行政复议申请决定书", time);
    }

    /// <summary>
    /// 复议决定 (REC-6): by at least two officers, after the respondent was sent the copy, after the hearing in
    /// a major case; each outcome with its preconditions, a variation never worse for the applicant.
    /// </summary>
    public void Decide(Outcome outcome, DateOnly on, string reasoning, decimal? variedAmount, CommandTime time)
    {
        ReconsiderationRules.Rec6.Require(Status != CaseStatus.Suspended, "中止审理的案件不得作出复议决定；请先恢复审理。", "A suspended case is not decided; resume it first.");
        RequireStatus(CaseStatus.Accepted, "只有已受理的案件可以作出复议决定。", "Only an accepted case is decided.");
        RequireOnOrAfter(on, AcceptedOn!.Value, "受理之日", "the acceptance");
        ReconsiderationRules.Rec4.Require(Officers.Count >= ReconsiderationRules.MinimumOfficers, $"作出复议决定前应当指定至少 {ReconsiderationRules.MinimumOfficers} 名行政复议人员。", $"A decision needs at least {ReconsiderationRules.MinimumOfficers} officers assigned.");
        ReconsiderationRules.Rec3.Require(CopySentOn is not null, "作出复议决定前，应当向被申请人发送申请书副本并听取其意见。", "The respondent is sent the copy and heard before the decision.");
        ReconsiderationRules.Rec4.Require(!Major || HearingHeldOn is not null, "重大、疑难、复杂的案件应当在听证后作出复议决定。", "A major or complex case is heard before it is decided.");
        var rule = ReconsiderationRules.Rec6;
        switch (outcome)
        {
            case Domain.Outcome.Mediated or Domain.Outcome.Withdrawn:
                throw rule.Violation($"{outcome} 不能以复议决定作出：该结果来自已签署的调解书、和解或者撤回申请。", $"{outcome} is not decided: it follows a signed mediation agreement, a settlement or a withdrawal.");
            case Domain.Outcome.PerformanceOrdered or Domain.Outcome.Rejected:
                rule.Require(FailureToAct, $"{outcome} 只适用于针对不履行法定职责的申请。", $"{outcome} answers an application against a failure to act.");
                break;
            case Domain.Outcome.Varied or Domain.Outcome.Revoked or Domain.Outcome.Upheld or Domain.Outcome.ConfirmedVoid:
                rule.Require(!FailureToAct, $"{outcome} 只适用于针对已作出的行政行为的申请，不适用于不履行法定职责。", $"{outcome} answers an application against an act done, not a failure to act.");
                break;
        }

        if (outcome == Domain.Outcome.Varied)
        {
            rule.Require(variedAmount is null || ContestedAmount is not null, "只有涉及金额的行政行为可以变更金额。", "Only an act with an amount can have its amount varied.");
            rule.Require(
                variedAmount is null || variedAmount < ContestedAmount,
                $"变更决定不得作出对申请人更为不利的决定：金额只能低于 {ContestedAmount:0.##} 元。", $"A variation is never worse for the applicant: the amount may only go down from ¥{ContestedAmount:0.##}.");
        }
        else
        {
            rule.Require(variedAmount is null, "只有变更决定可以载明金额。", "An amount is given only when the decision varies the act.");
        }

        VariedAmount = variedAmount;
        var clock = ClockOf(CaseClocks.Decision);
        DecidedLate = clock is not null && on > clock.DueDate;
        Conclude(outcome, on, reasoning, variedAmount, CaseStatus.Decided, "行政复议决定书", time);
        if (outcome is not (Domain.Outcome.Upheld or Domain.Outcome.Rejected))
        {
            // REC-7: a decision against the respondent is complied with, and reported, within the period.
            StartCompliance(on, time, $"{outcome}: the respondent complies");
        }
    }

    /// <summary>行政复议意见书 (REC-7): the respondent reports its correction within 60 days.</summary>
    public void IssueOpinionLetter(DateOnly on, string opinion, CommandTime time)
    {
        ReconsiderationRules.Rec7.Require(Status is CaseStatus.Accepted or CaseStatus.Suspended or CaseStatus.Decided, $"行政复议意见书只能在已受理或者已作出决定的案件中制发；案件当前状态为 {Status}。", $"An opinion letter goes out in an accepted or decided case; the case is {Status}.");
        ReconsiderationRules.Rec7.Require(OpinionLetterOn is null && CompliedOn is null, "被申请人已有待报告的履行事项。", "The respondent already has a compliance to report.");
        RequireOnOrAfter(on, AcceptedOn!.Value, "受理之日", "the acceptance");
        OpinionLetterOn = on;
        Issue("行政复议意见书", on);
        StartCompliance(on, time, $"opinion letter: {opinion}");
    }

    /// <summary>REC-7: the respondent reported its compliance (or correction).</summary>
    public void RecordCompliance(DateOnly on, string report, CommandTime time)
    {
        ReconsiderationRules.Rec7.Require(ComplianceDueOn is not null && CompliedOn is null, "只有本案要求履行的事项可以报告履行情况，且只报告一次。", "Only a compliance the case asked for is reported, once.");
        RequireOnOrAfter(on, OpinionLetterOn ?? DecidedOn!.Value, "作出复议决定或者制发意见书之日", "the decision or opinion letter");
        CompliedOn = on;
        ComplianceReport = report;
        Stop(CaseClocks.Compliance, time, "complied");
        Note(time.Now, on <= ComplianceDueOn ? $"{RespondentUnitId} complied on {on:yyyy-MM-dd}" : $"{RespondentUnitId} complied late on {on:yyyy-MM-dd}");
    }

    /// <summary>REC-7: overdue compliance escalates one level at a time: order → meeting with the head → public notice.</summary>
    public void Escalate(Escalation level, DateOnly on, string note, CommandTime time)
    {
        ReconsiderationRules.Rec7.Require(ComplianceOverdue && CompliedOn is null, "只有逾期未履行的，方可升级督促。", "Only overdue compliance is escalated.");
        var next = Escalation is { } current ? current + 1 : Domain.Escalation.Order;
        ReconsiderationRules.Rec7.Require(level == next && Enum.IsDefined(level), $"督促依次为责令履行 → 约谈负责人 → 通报；下一步为 {next}。", $"Escalation goes order → meeting with the head → public notice; the next step is {next}.");
        RequireOnOrAfter(on, ComplianceDueOn!.Value, "履行期限", "the compliance deadline");
        Escalation = level;
        Issue(level switch { Domain.Escalation.Order => "责令履行通知书", Domain.Escalation.MeetingWithHead => "约谈记录", _ => "通报" }, on);
        Note(time.Now, $"compliance escalated: {level}. {note}");
    }

    /// <summary>REC-7: the compliance clock ran out with no report.</summary>
    public void MarkComplianceOverdue(DateTimeOffset now)
    {
        if (CompliedOn is not null)
        {
            return;
        }

        ComplianceOverdue = true;
        Note(now, $"{RespondentUnitId} did not comply by {ComplianceDueOn:yyyy-MM-dd}");
        Raise(new ReconsiderationCaseFlagged { OccurredAt = now, UnitId = UnitId, RecordId = Id, Kind = "ComplianceOverdue", RespondentUnitId = RespondentUnitId, Detail = Number });
    }

    /// <summary>REC-8: a decided case marked typical goes to the published casebook with an anonymised summary.</summary>
    public void MarkTypical(string summary, DateTimeOffset now)
    {
        ReconsiderationRules.Rec8.Require(Status == CaseStatus.Decided, $"只有已作出决定的案件可以列为典型案例；案件当前状态为 {Status}。", $"Only a decided case goes to the casebook; the case is {Status}.");
        ReconsiderationRules.Rec8.Require(!summary.Contains(ApplicantName, StringComparison.Ordinal), "典型案例应当隐去个人信息：摘要不得出现申请人姓名。", "The casebook is anonymised: the summary may not name the applicant.");
        TypicalSummary = summary;
        Note(now, "marked typical for the casebook");
    }

    /// <summary>REC-6: the decision clock ran out: the case is flagged.</summary>
    public void MarkDecisionOverdue(DateTimeOffset now)
    {
        DecisionOverdue = true;
        Note(now, "no decision within the decision period");
        Raise(new ReconsiderationCaseFlagged { OccurredAt = now, UnitId = UnitId, RecordId = Id, Kind = "DecisionOverdue", RespondentUnitId = RespondentUnitId, Detail = Number });
    }

    private void BeginReview(DateOnly on, ProcedureKind procedure, SimplifiedGround? ground, bool major, bool deemed, CommandTime time)
    {
        AcceptedOn = on;
        DeemedAccepted = deemed;
        Procedure = procedure;
        SimplifiedGround = ground;
        Major = major;
        if (!deemed)
        {
            Stop(CaseClocks.Acceptance, time, "accepted");
        }

        var simplified = procedure == ProcedureKind.Simplified;
        StartClock(CaseClocks.Copy, ReconsiderationRules.Rec3, on, simplified ? ReconsiderationRules.SimplifiedCopyWorkingDays : ReconsiderationRules.CopyWorkingDays, PeriodUnit.WorkingDays, time);
        StartClock(CaseClocks.Decision, ReconsiderationRules.Rec6, on, simplified ? ReconsiderationRules.SimplifiedDecisionDays : ReconsiderationRules.DecisionDays, PeriodUnit.CalendarDays, time);
        Issue("受理通知书", on);
        TransitionTo(CaseStatus.Accepted, time.Now, deemed
            ? $"deemed accepted: no answer within {ReconsiderationRules.AcceptanceWorkingDays} working days"
            : $"accepted on {on:yyyy-MM-dd}, {procedure} procedure");
        Raise(new ReconsiderationAccepted { OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, RespondentUnitId = RespondentUnitId, AcceptedOn = on, Deemed = deemed });
        if (major)
        {
            Raise(new ReconsiderationCaseFlagged { OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, Kind = "MajorCase", RespondentUnitId = RespondentUnitId, Detail = Number });
        }

        if (DocumentNumber is not null)
        {
            // REC-9: the review of the document goes to the documents service; the decision waits for it (Art 39).
            IncidentalReviewPending = true;
            Raise(new IncidentalReviewRequested
            {
                OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, DocumentNumber = DocumentNumber, Clauses = [.. Clauses], Grounds = Request, ReceivedOn = on,
            });
            SuspendedOn = on;
            SuspensionReason = $"附带审查: {DocumentNumber}";
            PauseDecision(time, SuspensionReason);
            TransitionTo(CaseStatus.Suspended, time.Now, $"suspended for the incidental review of {DocumentNumber}");
        }
    }

    private void StartCompliance(DateOnly from, CommandTime time, string reason)
    {
        var clock = StartClock(CaseClocks.Compliance, ReconsiderationRules.Rec7, from, ReconsiderationRules.CorrectionReportDays, PeriodUnit.CalendarDays, time);
        ComplianceDueOn = clock.DueDate;
        Note(time.Now, $"{reason}, by {clock.DueDate:yyyy-MM-dd}");
    }

    private void ResumeReview(CommandTime time, string reason)
    {
        var clock = ClockOf(CaseClocks.Decision);
        if (clock is { Status: ClockStatus.Paused })
        {
            clock.Resume(time.Today, time.Calendar, time.Now, reason);
        }

        SuspendedOn = null;
        SuspensionReason = null;
        TransitionTo(CaseStatus.Accepted, time.Now, reason);
    }

    private void PauseDecision(CommandTime time, string reason)
    {
        var clock = ClockOf(CaseClocks.Decision);
        if (clock is { Status: ClockStatus.Running })
        {
            clock.Pause(time.Today, time.Now, reason);
        }
    }

    private void Conclude(Outcome outcome, DateOnly on, string? reasoning, decimal? variedAmount, CaseStatus next, string document, CommandTime time)
    {
        Outcome = outcome;
        DecidedOn = on;
        Reasoning = reasoning;
        VariedAmount = variedAmount;
        Stop(null, time.Now, $"case {outcome}");

        Issue(document, on);
        TransitionTo(next, time.Now, $"{outcome} on {on:yyyy-MM-dd}");
        Raise(new ReconsiderationDecided
        {
            OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, Outcome = outcome.ToString(), DecidedOn = on, RespondentUnitId = RespondentUnitId,
            EnforcementCaseId = EnforcementCaseId, Reasoning = reasoning,
        });
    }

    private void Stop(string kind, CommandTime time, string reason) => Stop(kind, time.Now, reason);

    private void Issue(string title, DateOnly on) => Documents.Add(new CaseDocument(title, on));

    private void RequireStatus(CaseStatus expected, string chinese, string message) =>
        ReconsiderationRules.Rec6.Require(Status == expected, $"{chinese}案件当前状态为 {Status}。", $"{message} The case is {Status}.");

    private void RequireReviewing(string chinese, string message) =>
        ReconsiderationRules.Rec6.Require(Status is CaseStatus.Accepted or CaseStatus.Suspended, $"{chinese}案件当前状态为 {Status}。", $"{message} The case is {Status}.");

    private static void RequireDates(bool condition, string chinese, string english) => ReconsiderationRules.Rec1.Require(condition, chinese, english);

    private void RequireOnOrAfter(DateOnly day, DateOnly earlier, string whatChinese, string what) => RequireOnOrAfter(ReconsiderationRules.Rec6, day, earlier, whatChinese, what);
}
