using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts;
using RuleOfLaw.Contracts.Enforcement;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// 行政处罚案件 — one enforcement case, from opening (立案) to the archive, its steps in order with their
/// clocks (ENF-4), handled by certified officers (ENF-2) under a power in effect (ENF-1), within the
/// limitation period and the on-the-spot limits (ENF-7) and the published discretion ranges (ENF-5).
/// Every state change and every evidence item is also a link of the case file's hash chain (ENF-9).
/// Case files are staff-only; the party sees their own case.
/// </summary>
public sealed class EnforcementCase : AggregateRoot<CaseStatus>
{
    private EnforcementCase()
    {
    }

    public string Number { get; private set; } = "";

    public Guid PowerId { get; private init; }

    public string PowerCode { get; private init; } = "";

    public string PowerName { get; private init; } = "";

    public string PartyName { get; private init; } = "";

    public PartyKind PartyKind { get; private init; }

    /// <summary>The party's account (the token's subject), so the party can read their own case.</summary>
    public string? PartyAccount { get; private init; }

    public string Facts { get; private init; } = "";

    /// <summary>The day of the act (违法行为发生之日, or the day it ended): the limitation runs from it (ENF-7).</summary>
    public DateOnly ActOn { get; private init; }

    public DateOnly OpenedOn { get; private init; }

    /// <summary>ENF-7: the act endangers life, health or financial security: 5 years' limitation.</summary>
    public bool LifeHealthOrFinance { get; private init; }

    /// <summary>ENF-7: 当场处罚 (simplified procedure) with its amount limits.</summary>
    public bool OnTheSpot { get; private init; }

    /// <summary>ENF-4: legal review is mandatory for major public interest, complex cases, where law requires it, and after a hearing.</summary>
    public bool MajorPublicInterest { get; private init; }

    public bool Complex { get; private init; }

    public bool LawRequiresReview { get; private init; }

    /// <summary>The certified officers handling the case (ENF-2: at least two).</summary>
    public List<Guid> OfficerIds { get; private set; } = [];

    public List<EvidenceItem> Evidence { get; private set; } = [];

    public DateOnly? NoticeOn { get; private set; }

    public string? NoticeReasons { get; private set; }

    public PenaltyKind? ProposedKind { get; private set; }

    public decimal? ProposedAmount { get; private set; }

    public DateOnly? DefendedOn { get; private set; }

    public string? Defence { get; private set; }

    public bool HearingWaived { get; private set; }

    public DateOnly? HearingRequestedOn { get; private set; }

    public DateOnly? HearingNoticeOn { get; private set; }

    public DateOnly? HearingOn { get; private set; }

    public Guid? PresiderId { get; private set; }

    public DateOnly? HearingHeldOn { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public DateOnly? ReviewedOn { get; private set; }

    public string? ReviewOpinion { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public PenaltyKind? PenaltyKind { get; private set; }

    public decimal? PenaltyAmount { get; private set; }

    public Circumstance? Circumstance { get; private set; }

    public Guid? BenchmarkId { get; private set; }

    /// <summary>ENF-5: decided outside the benchmark's range with a reason; flagged for supervision and shown with it.</summary>
    public bool OutsideBenchmark { get; private set; }

    public string? OverrideReason { get; private set; }

    public bool DecidedLate { get; private set; }

    /// <summary>ENF-6: the decided amount lies outside the spread of like decisions (same item and circumstance).</summary>
    public bool PenaltyOutlier { get; private set; }

    /// <summary>The 90-day clock (or its extension) ran out before the decision (ENF-4).</summary>
    public bool DecisionOverdue { get; private set; }

    /// <summary>
    /// ENF-4: the 90th day after opening, as the decision clock counts it: a period ending on a rest day runs to the
    /// next working day. Kept from the clock, so the case, its lateness and its clock name the same day.
    /// </summary>
    public DateOnly DecisionPeriodEndsOn { get; private set; }

    /// <summary>ENF-4: the day the decision is due by after the head's one extension of a complex case, or null.</summary>
    public DateOnly? DecisionExtendedTo { get; private set; }

    public DateOnly? DecisionExtensionApprovedOn { get; private set; }

    /// <summary>The head who approved the extension (their token's name, never a name in a body).</summary>
    public string? DecisionExtensionApprovedBy { get; private set; }

    public string? DecisionExtensionReason { get; private set; }

    public DateOnly? ServedOn { get; private set; }

    public bool ServedLate { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public DateOnly? ExecutedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    /// <summary>ENF-1: the basis of the power the case relies on is not in force.</summary>
    public string? BasisFlag { get; private set; }

    /// <summary>REC-7: the outcome of a reconsideration of this decision.</summary>
    public string? ReconsiderationOutcome { get; private set; }

    public DateOnly? ReconsiderationDecidedOn { get; private set; }

    /// <summary>ENF-7: the last day to withdraw the published decision.</summary>
    public DateOnly? WithdrawalDueOn { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public int? SatisfactionScore { get; private set; }

    public string? SatisfactionComment { get; private set; }

    public List<CaseFileEntry> FileChain { get; private set; } = [];

    /// <summary>ENF-4: the last day of the decision period: its 90 days from opening, or the day it was extended to.</summary>
    public DateOnly DecisionDueOn => DecisionExtendedTo ?? DecisionPeriodEndsOn;

    public bool IsOpen => Status is not (CaseStatus.Closed or CaseStatus.Archived);

    public bool RequiresLegalReview => !OnTheSpot && (MajorPublicInterest || Complex || LawRequiresReview || HearingHeldOn is not null);

    public Penalty? ProposedPenalty => ProposedKind is { } kind ? new Penalty(kind, ProposedAmount ?? 0) : null;

    public Penalty? DecidedPenalty => PenaltyKind is { } kind ? new Penalty(kind, PenaltyAmount ?? 0) : null;

    /// <summary>The facts of a case as opened.</summary>
    public sealed record Opening(
        string PartyName, PartyKind PartyKind, string? PartyAccount, string Facts, DateOnly ActOn, DateOnly OpenedOn,
        bool LifeHealthOrFinance, bool OnTheSpot, bool MajorPublicInterest, bool Complex, bool LawRequiresReview);

    /// <summary>立案: under a power in effect (ENF-1), by ≥2 certified officers (ENF-2), within the limitation period (ENF-7).</summary>
    public static EnforcementCase Open(string unitId, Power power, IReadOnlyList<Officer> officers, Opening opening, CommandTime time)
    {
        power.RequireInEffect(unitId, opening.OpenedOn);
        RequireOrder(opening.ActOn <= opening.OpenedOn, $"违法行为发生日期 {opening.ActOn:yyyy-MM-dd} 不得晚于立案日期 {opening.OpenedOn:yyyy-MM-dd}。", $"The act on {opening.ActOn:yyyy-MM-dd} cannot come after the opening on {opening.OpenedOn:yyyy-MM-dd}.");
        var years = opening.LifeHealthOrFinance ? EnforcementRules.LongLimitationYears : EnforcementRules.LimitationYears;
        EnforcementRules.Enf7.Require(
            opening.OpenedOn <= opening.ActOn.AddYears(years),
            $"{opening.ActOn:yyyy-MM-dd} 发生的违法行为已超过 {years} 年的追责时效，不再给予行政处罚。", $"The act of {opening.ActOn:yyyy-MM-dd} is past the {years}-year limitation; no penalty may be given.");
        RequireOfficers(unitId, officers, opening.OpenedOn);

        var enforcementCase = new EnforcementCase
        {
            UnitId = unitId,
            PowerId = power.Id,
            PowerCode = power.Code,
            PowerName = power.Name,
            PartyName = opening.PartyName,
            PartyKind = opening.PartyKind,
            PartyAccount = opening.PartyAccount,
            Facts = opening.Facts,
            ActOn = opening.ActOn,
            OpenedOn = opening.OpenedOn,
            LifeHealthOrFinance = opening.LifeHealthOrFinance,
            OnTheSpot = opening.OnTheSpot,
            MajorPublicInterest = opening.MajorPublicInterest,
            Complex = opening.Complex,
            LawRequiresReview = opening.LawRequiresReview,
            OfficerIds = [.. officers.Select(o => o.Id)],
        };
        var number = $"{power.Code}-{opening.OpenedOn:yyyyMMdd}-{enforcementCase.Id.ToString("N")[^6..]}";
        enforcementCase.Number = number;
        enforcementCase.Step(null, CaseStatus.Opened, time.Now, $"opened on {opening.OpenedOn:yyyy-MM-dd} under {power.Code} by {string.Join("、", officers.Select(o => o.CertificateNumber))}");
        enforcementCase.Raise(new EnforcementCaseOpened
        {
            OccurredAt = time.Now, UnitId = unitId, RecordId = enforcementCase.Id, CaseNumber = number, PowerId = power.Id, OpenedOn = opening.OpenedOn, OnTheSpot = opening.OnTheSpot,
        });
        enforcementCase.DecisionPeriodEndsOn = enforcementCase.StartClock(CaseClocks.Decision, EnforcementRules.Enf4, opening.OpenedOn, EnforcementRules.DecisionDays, time).DueDate;
        if (power.BasisFlag is { } flag)
        {
            enforcementCase.FlagBasis(flag, time.Now);
        }

        return enforcementCase;
    }

    /// <summary>全过程记录: evidence of the current step, collected by an officer of the case (ENF-2, ENF-4).</summary>
    public EvidenceItem RecordEvidence(EvidenceItem item, CommandTime time)
    {
        RequireOrder(IsOpen, "已结案的案卷不得再收入证据。", "A closed case file takes no more evidence.");
        EnforcementRules.Enf2.Require(OfficerIds.Contains(item.CollectedBy), "证据应当由承办本案的执法人员收集。", "Evidence is collected by an officer handling the case.");
        RequireOrder(item.CollectedOn >= ActOn, $"取证日期 {item.CollectedOn:yyyy-MM-dd} 早于违法行为发生日期 {ActOn:yyyy-MM-dd}。", $"Evidence of {item.CollectedOn:yyyy-MM-dd} predates the act of {ActOn:yyyy-MM-dd}.");
        var recorded = new EvidenceItem
        {
            Step = Status == CaseStatus.Opened ? nameof(CaseStatus.Investigating) : Status.ToString(),
            FileName = item.FileName,
            MediaType = item.MediaType,
            SizeBytes = item.SizeBytes,
            Sha256 = item.Sha256.ToLowerInvariant(),
            CollectedOn = item.CollectedOn,
            CollectedBy = item.CollectedBy,
            Description = item.Description,
        };
        Evidence.Add(recorded);
        Chain(time.Now, CaseFileEntry.EvidenceKind, recorded.ChainContent());
        if (Status == CaseStatus.Opened)
        {
            Advance(CaseStatus.Investigating, item.CollectedOn, time.Now, "investigation: first evidence recorded");
        }

        return recorded;
    }

    /// <summary>告知: facts, reasons, the proposed penalty and the party's rights, after the investigation (ENF-4).</summary>
    public void Notify(DateOnly on, string reasons, Penalty proposed, CommandTime time)
    {
        RequireOrder(Status == CaseStatus.Investigating && Evidence.Count > 0, "应当在调查取证后进行告知。", "The notice follows an investigation with evidence.");
        RequireOnOrAfter(on, LastEvidenceOn(), "最后一份证据的取得日期", "the last evidence");
        NoticeOn = on;
        NoticeReasons = reasons;
        ProposedKind = proposed.Kind;
        ProposedAmount = proposed.Amount;
        Advance(CaseStatus.Notified, on, time.Now, $"notice of facts, reasons and rights; proposed {proposed}");
    }

    /// <summary>陈述申辩: the party's statement or defence; they may waive the hearing.</summary>
    public void RecordDefence(DateOnly on, string statement, bool waivesHearing, CommandTime time)
    {
        RequireOrder(NoticeOn is not null && Status is >= CaseStatus.Notified and < CaseStatus.Decided, "陈述、申辩应当在告知之后、作出处罚决定之前提出。", "A defence answers the notice, before the decision.");
        RequireOnOrAfter(on, NoticeOn!.Value, "告知之日", "the notice");
        DefendedOn = on;
        Defence = statement;
        HearingWaived = waivesHearing && HearingRequestedOn is null;
        Note(time.Now, waivesHearing ? "the party stated their defence and waived a hearing" : "the party stated their defence");
    }

    /// <summary>ENF-4: a hearing is asked for within 5 days of the notice (a window ending on a rest day runs to the next working day).</summary>
    public void RequestHearing(DateOnly on, CommandTime time)
    {
        RequireOrder(Status == CaseStatus.Notified && !OnTheSpot, "听证应当在普通程序中告知之后申请。", "A hearing is asked for after the notice, in the general procedure.");
        RequireOrder(!HearingWaived, "当事人已放弃听证。", "The party waived the hearing.");
        RequireOnOrAfter(on, NoticeOn!.Value, "告知之日", "the notice");
        var last = HearingWindowEnds(time.Calendar);
        EnforcementRules.Enf4.Require(on <= last, $"当事人应当在告知后 {EnforcementRules.HearingRequestDays} 日内，即 {last:yyyy-MM-dd} 前提出听证申请。", $"A hearing must be asked for within {EnforcementRules.HearingRequestDays} days of the notice, by {last:yyyy-MM-dd}.");
        HearingRequestedOn = on;
        Advance(CaseStatus.HearingRequested, on, time.Now, "the party asked for a hearing");
    }

    /// <summary>ENF-4: the hearing notice ≥7 days before; the presider is certified and not an investigator.</summary>
    public void ScheduleHearing(DateOnly noticeOn, DateOnly hearingOn, Officer presider, CommandTime time)
    {
        RequireOrder(Status == CaseStatus.HearingRequested, "当事人申请听证后，方可安排听证。", "A hearing is scheduled once asked for.");
        RequireOnOrAfter(noticeOn, HearingRequestedOn!.Value, "听证申请之日", "the request");
        EnforcementRules.Enf4.Require(
            hearingOn >= noticeOn.AddDays(EnforcementRules.HearingNoticeDays),
            $"应当在举行听证的 {EnforcementRules.HearingNoticeDays} 日前通知当事人（不迟于 {hearingOn.AddDays(-EnforcementRules.HearingNoticeDays):yyyy-MM-dd}）。", $"The hearing notice must be given at least {EnforcementRules.HearingNoticeDays} days before the hearing (by {hearingOn.AddDays(-EnforcementRules.HearingNoticeDays):yyyy-MM-dd}).");
        EnforcementRules.Enf4.Require(!OfficerIds.Contains(presider.Id), $"{presider.Name}是本案调查人员，不得主持本案听证。", $"{presider.Name} investigated the case and may not preside over its hearing.");
        presider.RequireCertifiedOn(hearingOn, UnitId);
        HearingNoticeOn = noticeOn;
        HearingOn = hearingOn;
        PresiderId = presider.Id;
        Advance(CaseStatus.HearingScheduled, noticeOn, time.Now, $"hearing on {hearingOn:yyyy-MM-dd} presided by {presider.Name}");
    }

    public void HoldHearing(DateOnly heldOn, CommandTime time)
    {
        RequireOrder(Status == CaseStatus.HearingScheduled, "只有已安排的听证可以举行。", "Only a scheduled hearing is held.");
        RequireOnOrAfter(heldOn, HearingOn!.Value, "通知的听证日期", "the hearing day announced");
        HearingHeldOn = heldOn;
        Advance(CaseStatus.HearingHeld, heldOn, time.Now, "hearing held; its record is in the file");
    }

    /// <summary>法制审核 by a qualified reviewer who did not investigate (ENF-4).</summary>
    public void ReviewLegality(DateOnly on, Officer reviewer, string opinion, CommandTime time)
    {
        RequireReadyForDecision(on, "法制审核", "legal review", time.Calendar);
        RequireOrder(Status != CaseStatus.Reviewed, "法制审核已经完成。", "The legal review is concluded already.");
        EnforcementRules.Enf4.Require(reviewer.QualifiedReviewer && reviewer.UnitId == UnitId, $"{reviewer.Name}不是 {UnitId} 具有资格的法制审核人员。", $"{reviewer.Name} is not a qualified legal reviewer of {UnitId}.");
        EnforcementRules.Enf4.Require(!OfficerIds.Contains(reviewer.Id), $"{reviewer.Name}是本案调查人员，不得进行法制审核。", $"{reviewer.Name} investigated the case and may not review it.");
        ReviewerId = reviewer.Id;
        ReviewedOn = on;
        ReviewOpinion = opinion;
        Advance(CaseStatus.Reviewed, on, time.Now, $"legal review by {reviewer.Name}: {opinion}");
    }

    /// <summary>
    /// 作出决定 (ENF-4, ENF-5, ENF-7): after the notice, the hearing window or the hearing, and the legal
    /// review where mandatory; never heavier than proposed once the party defended themselves or asked
    /// for a hearing; within the published benchmark's range unless overridden with a reason.
    /// </summary>
    public void Decide(DateOnly on, Penalty penalty, Circumstance circumstance, DiscretionBenchmark? benchmark, string? overrideReason, CommandTime time)
    {
        if (OnTheSpot)
        {
            RequireOrder(Status is CaseStatus.Opened or CaseStatus.Investigating, "当场处罚决定应当当场作出。", "An on-the-spot decision is taken at once.");
            RequireOnOrAfter(on, OpenedOn, "立案之日", "the opening");
            var limit = PartyKind == PartyKind.Individual ? EnforcementRules.OnTheSpotLimitIndividual : EnforcementRules.OnTheSpotLimitOrganisation;
            EnforcementRules.Enf7.Require(
                penalty.Kind <= Domain.PenaltyKind.Fine && penalty.Amount <= limit,
                $"当场处罚只能对{(PartyKind == PartyKind.Individual ? "公民" : "法人或者其他组织")}处以警告或者 {limit:0} 元以下罚款。", $"On the spot, {(PartyKind == PartyKind.Individual ? "an individual" : "an organisation")} may be given a warning or a fine of at most ¥{limit:0}.");
        }
        else
        {
            RequireReadyForDecision(on, "处罚决定", "decision", time.Calendar);
            EnforcementRules.Enf4.Require(!RequiresLegalReview || Status == CaseStatus.Reviewed, "本案应当在作出决定前由具有资格的人员进行法制审核。", "This case needs a legal review by a qualified reviewer before the decision.");
            if ((DefendedOn is not null || HearingRequestedOn is not null) && ProposedPenalty is { } proposed)
            {
                EnforcementRules.Enf4.Require(
                    !penalty.IsHeavierThan(proposed),
                    $"当事人已进行陈述、申辩，处罚不得重于告知的处罚（{proposed}）。", $"The party defended themselves: the penalty may not be heavier than the {proposed} in the notice.");
            }
        }

        var range = DiscretionBenchmark.RequireUsable(benchmark, PowerCode, on).RangeFor(circumstance);
        var outside = penalty.Amount < range.MinAmount || penalty.Amount > range.MaxAmount;
        EnforcementRules.Enf5.Require(
            !outside || !string.IsNullOrWhiteSpace(overrideReason),
            $"{penalty.Amount:0.##} 元超出已公布的情节为 {circumstance} 的裁量幅度 {range.MinAmount:0.##}–{range.MaxAmount:0.##} 元；突破裁量基准应当说明理由。", $"¥{penalty.Amount:0.##} is outside the published range ¥{range.MinAmount:0.##}–¥{range.MaxAmount:0.##} for a {circumstance} case; an override needs a reason.");

        DecidedOn = on;
        PenaltyKind = penalty.Kind;
        PenaltyAmount = penalty.Amount;
        Circumstance = circumstance;
        BenchmarkId = benchmark!.Id;
        OutsideBenchmark = outside;
        OverrideReason = outside ? overrideReason : null;
        DecidedLate = on > DecisionDueOn;
        Advance(CaseStatus.Decided, null, time.Now, outside ? $"decided {penalty} ({circumstance}), outside the benchmark: {overrideReason}" : $"decided {penalty} ({circumstance})");
        Raise(new EnforcementDecisionTaken
        {
            OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, PowerCode = PowerCode, Circumstance = circumstance.ToString(), PenaltyKind = penalty.Kind.ToString(),
            Amount = penalty.Amount, DecidedOn = on, OutsideBenchmark = outside, OverrideReason = OverrideReason, Late = DecidedLate,
        });
        ClockChanges.StepTaken(CaseClocks.Decision, time.Now);
        StartClock(CaseClocks.Service, EnforcementRules.Enf4, on, EnforcementRules.ServiceDays, time);
    }

    /// <summary>
    /// 延长办案期限 (ENF-4, 处罚法 Art 60): the head of the organ extends a complex case's decision period
    /// once, before it runs out, with a reason, to a day at most <paramref name="maxDays"/> after the 90th.
    /// </summary>
    public void ExtendDecisionPeriod(DateOnly approvedOn, DateOnly extendedTo, string reason, string approvedBy, int maxDays, CommandTime time)
    {
        RequireOrder(IsOpen && DecidedOn is null, "只有尚未作出决定的案件可以延长办案期限。", "Only an undecided case's decision period is extended.");
        EnforcementRules.Enf4.Require(Complex, "只有案情复杂的案件可以延长办案期限。", "Only a complex case's decision period may be extended.");
        EnforcementRules.Enf4.Require(DecisionExtendedTo is null, $"办案期限已经延长一次，延长至 {DecisionExtendedTo:yyyy-MM-dd}，不得再次延长。", $"The decision period was extended once already, to {DecisionExtendedTo:yyyy-MM-dd}; it is not extended again.");
        var due = DecisionPeriodEndsOn;
        RequireOnOrAfter(approvedOn, OpenedOn, "立案之日", "the opening");
        EnforcementRules.Enf4.Require(approvedOn <= due && !DecisionOverdue, $"延长办案期限应当在 {EnforcementRules.DecisionDays} 日期限于 {due:yyyy-MM-dd} 届满前批准。", $"An extension is approved before the {EnforcementRules.DecisionDays} days run out on {due:yyyy-MM-dd}.");
        var latest = due.AddDays(maxDays);
        EnforcementRules.Enf4.Require(
            extendedTo > due && extendedTo <= latest,
            $"延长后的期限应当晚于 {due:yyyy-MM-dd}，且不得晚于 {latest:yyyy-MM-dd}（最多延长 {maxDays} 日）。", $"The extended day must fall after {due:yyyy-MM-dd} and no later than {latest:yyyy-MM-dd} ({maxDays} days more).");
        DecisionExtendedTo = extendedTo;
        DecisionExtensionApprovedOn = approvedOn;
        DecisionExtensionApprovedBy = approvedBy;
        DecisionExtensionReason = reason;
        ClockChanges.Extend(CaseClocks.Decision, extendedTo, reason, time.Calendar, time.Now);
        Note(time.Now, $"decision period extended to {extendedTo:yyyy-MM-dd}, approved by {approvedBy} on {approvedOn:yyyy-MM-dd}: {reason}");
        Raise(new EnforcementDecisionPeriodExtended
        {
            OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, ExtendedTo = extendedTo, ApprovedOn = approvedOn, ApprovedBy = approvedBy, Reason = reason,
        });
    }

    /// <summary>送达 within 7 days of the decision (ENF-4), ending where the service clock ends; later is recorded late.</summary>
    public void Serve(DateOnly on, string method, CommandTime time)
    {
        RequireOrder(Status == CaseStatus.Decided, "只有已作出的处罚决定可以送达。", "Only a decision is served.");
        RequireOnOrAfter(on, DecidedOn!.Value, "作出决定之日", "the decision");
        ServedOn = on;
        ServedLate = on > time.Calendar.EndOfPeriod(DecidedOn.Value, EnforcementRules.ServiceDays, PeriodUnit.CalendarDays);
        ClockChanges.StepTaken(CaseClocks.Service, time.Now);
        Advance(CaseStatus.Served, on, time.Now, ServedLate ? $"served by {method}, late" : $"served by {method}");
    }

    /// <summary>行政处罚决定公开: the decision is published (a later reconsideration may require its withdrawal, ENF-7).</summary>
    public void Publish(DateOnly on, CommandTime time)
    {
        RequireOrder(DecidedOn is not null && PublishedOn is null, "处罚决定作出后方可公开，且只公开一次。", "A decision is published once, after it is taken.");
        RequireOnOrAfter(on, DecidedOn!.Value, "作出决定之日", "the decision");
        PublishedOn = on;
        Note(time.Now, $"decision published on {on:yyyy-MM-dd}");
    }

    public void Execute(DateOnly on, string note, CommandTime time)
    {
        RequireOrder(Status == CaseStatus.Served, "处罚决定送达后方可执行。", "A decision is executed after it is served.");
        RequireOnOrAfter(on, ServedOn!.Value, "送达之日", "the service");
        ExecutedOn = on;
        Advance(CaseStatus.Executed, on, time.Now, $"executed: {note}");
    }

    public void Close(DateOnly on, CommandTime time)
    {
        RequireOrder(Status == CaseStatus.Executed, "案件执行完毕后方可结案。", "A case is closed once executed.");
        RequireOnOrAfter(on, ExecutedOn!.Value, "执行之日", "the execution");
        ClosedOn = on;
        Advance(CaseStatus.Closed, on, time.Now, "closed");
    }

    public void Archive(DateOnly on, CommandTime time)
    {
        RequireOrder(Status == CaseStatus.Closed, "案件结案后方可归档。", "A case is archived once closed.");
        RequireOnOrAfter(on, ClosedOn!.Value, "结案之日", "the closing");
        ArchivedOn = on;
        Advance(CaseStatus.Archived, on, time.Now, "archived");
    }

    /// <summary>ENF-1: the power's basis is no longer in force; an open case relying on it is flagged.</summary>
    public void FlagBasis(string reason, DateTimeOffset now)
    {
        if (!IsOpen || BasisFlag == reason)
        {
            return;
        }

        BasisFlag = reason;
        Note(now, $"basis flagged: {reason}");
        Raise(new EnforcementCaseFlagged { OccurredAt = now, UnitId = UnitId, RecordId = Id, Kind = "BasisNotInForce", Detail = reason });
    }

    /// <summary>
    /// ENF-6: same case, same treatment — once decided, the case is compared with the decisions of the
    /// same item and circumstance (<paramref name="alike"/>, this one excluded); an outlier is flagged.
    /// </summary>
    public void CompareWithAlike(IEnumerable<DecidedPenalty> alike, DateTimeOffset now)
    {
        if (DecidedOn is null || Circumstance is not { } circumstance || OutsideBenchmark)
        {
            return;
        }

        var mine = new DecidedPenalty(Id, UnitId, PowerCode, circumstance, PenaltyAmount ?? 0, OutsideBenchmark: false);
        var spread = PenaltySpread.Of(alike.Where(p => p.CaseId != Id && p.PowerCode == PowerCode && p.Circumstance == circumstance).Append(mine)).Single();
        if (!spread.Outliers.Any(o => o.CaseId == Id))
        {
            return;
        }

        PenaltyOutlier = true;
        var detail = $"¥{mine.Amount:0.##} against a median of ¥{spread.Median:0.##} in {spread.Count} {circumstance} decisions of {PowerCode}";
        Note(now, $"penalty outlier: {detail}");
        Raise(new EnforcementCaseFlagged { OccurredAt = now, UnitId = UnitId, RecordId = Id, Kind = "PenaltyOutlier", Detail = detail });
    }

    /// <summary>ENF-4: the 90 days, or their extension, ran out with no decision.</summary>
    public void MarkDecisionOverdue(DateTimeOffset now)
    {
        DecisionOverdue = true;
        Note(now, DecisionExtendedTo is { } extended
            ? $"no decision by {extended:yyyy-MM-dd}, the extended day"
            : $"no decision within {EnforcementRules.DecisionDays} days of opening");
        Raise(new EnforcementCaseFlagged { OccurredAt = now, UnitId = UnitId, RecordId = Id, Kind = "DecisionOverdue", Detail = $"opened {OpenedOn:yyyy-MM-dd}" });
    }

    /// <summary>
    /// REC-7: a reconsideration decision on this case is recorded; one that revokes, varies or confirms
    /// the decision unlawful marks the case and, if the decision was published, starts the 3-day
    /// withdrawal clock (ENF-7).
    /// </summary>
    public void RecordReconsideration(string outcome, DateOnly decidedOn, CommandTime time)
    {
        ReconsiderationOutcome = outcome;
        ReconsiderationDecidedOn = decidedOn;
        var corrects = outcome is "Revoked" or "Varied" or "ConfirmedUnlawful";
        Note(time.Now, $"reconsideration decided {decidedOn:yyyy-MM-dd}: {outcome}");
        if (!corrects)
        {
            return;
        }

        Raise(new EnforcementCaseFlagged { OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, Kind = "ReconsiderationOutcome", Detail = outcome });
        if (PublishedOn is not null && WithdrawnOn is null)
        {
            var clock = StartClock(CaseClocks.Withdrawal, EnforcementRules.Enf7, time.Today, EnforcementRules.WithdrawalDays, time);
            WithdrawalDueOn = clock.DueDate;
        }
    }

    /// <summary>ENF-7: the published decision, altered or revoked, is taken down.</summary>
    public void Withdraw(DateOnly on, CommandTime time)
    {
        EnforcementRules.Enf7.Require(WithdrawalDueOn is not null && WithdrawnOn is null, "只有被复议决定变更或者撤销的已公开处罚决定可以撤回，且只撤回一次。", "Only a published decision that reconsideration altered or revoked is withdrawn, once.");
        RequireOnOrAfter(on, ReconsiderationDecidedOn!.Value, "复议决定之日", "the reconsideration decision");
        WithdrawnOn = on;
        ClockChanges.StepTaken(CaseClocks.Withdrawal, time.Now);
        var onTime = on <= WithdrawalDueOn!.Value;
        Note(time.Now, onTime ? "published decision withdrawn" : "published decision withdrawn late");
        Raise(new EnforcementDecisionWithdrawn { OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, WithdrawnOn = on, OnTime = onTime });
    }

    /// <summary>ENF-10: the party of a closed case rates it once.</summary>
    public void Rate(int score, string? comment, DateTimeOffset now)
    {
        EnforcementRules.Enf10.Require(!IsOpen, "案件结案后方可评价。", "A case is rated once it is closed.");
        EnforcementRules.Enf10.Require(SatisfactionScore is null, "当事人已对本案作出评价。", "The party rated this case already.");
        SatisfactionScore = score;
        SatisfactionComment = comment;
        Note(now, $"rated {score}/5 by the party");
        Raise(new EnforcementCaseRated { OccurredAt = now, UnitId = UnitId, RecordId = Id, Score = score });
    }

    private static void RequireOfficers(string unitId, IReadOnlyList<Officer> officers, DateOnly day)
    {
        EnforcementRules.Enf2.Require(
            officers.Select(o => o.Id).Distinct().Count() >= EnforcementRules.MinimumOfficers,
            $"案件应当由不少于 {EnforcementRules.MinimumOfficers} 名持证执法人员办理。", $"A case is handled by at least {EnforcementRules.MinimumOfficers} certified officers.");
        foreach (var officer in officers)
        {
            officer.RequireCertifiedOn(day, unitId);
        }
    }

    private static void RequireOrder(bool condition, string chinese, string english) => EnforcementRules.Enf4.Require(condition, chinese, english);

    private static void RequireOnOrAfter(DateOnly day, DateOnly earlier, string whatChinese, string what) =>
        EnforcementRules.Enf4.Require(day >= earlier, $"{day:yyyy-MM-dd} 早于{whatChinese}（{earlier:yyyy-MM-dd}）。", $"{day:yyyy-MM-dd} is before {what} on {earlier:yyyy-MM-dd}.");

    /// <summary>The decision (and the legal review before it) waits for the hearing, or for the hearing window to close.</summary>
    private void RequireReadyForDecision(DateOnly on, string stepChinese, string step, WorkingCalendar calendar)
    {
        RequireOrder(Status is CaseStatus.Notified or CaseStatus.HearingHeld or CaseStatus.Reviewed, $"{stepChinese}应当在告知之后进行，当事人要求听证的，应当在听证之后进行；案件当前状态为 {Status}。", $"The {step} follows the notice and, where asked for, the hearing; the case is {Status}.");
        RequireOnOrAfter(on, LastStepOn(), "上一程序的日期", "the previous step");
        if (Status == CaseStatus.Notified && !HearingWaived)
        {
            var windowEnds = HearingWindowEnds(calendar);
            EnforcementRules.Enf4.Require(on > windowEnds, $"当事人可以在 {windowEnds:yyyy-MM-dd} 前要求听证；{stepChinese}应当在此之后进行。", $"The party may ask for a hearing until {windowEnds:yyyy-MM-dd}; the {step} comes after.");
        }
    }

    /// <summary>
    /// The last day the party may ask for a hearing: 5 days after the notice, counted as the case's clocks
    /// count a period in days, so a window whose last day is a rest day runs to the next working day.
    /// </summary>
    private DateOnly HearingWindowEnds(WorkingCalendar calendar) =>
        calendar.EndOfPeriod(NoticeOn!.Value, EnforcementRules.HearingRequestDays, PeriodUnit.CalendarDays);

    private DateOnly LastEvidenceOn() => Evidence.Select(e => e.CollectedOn).Append(OpenedOn).Max();

    private DateOnly LastStepOn() =>
        new[] { OpenedOn, NoticeOn, DefendedOn, HearingRequestedOn, HearingNoticeOn, HearingHeldOn, ReviewedOn }.Max() ?? OpenedOn;

    private StatutoryClock StartClock(string kind, Rule rule, DateOnly from, int days, CommandTime time) =>
        ClockChanges.Start(StatutoryClock.Start(CaseClocks.RecordType, Id, UnitId, kind, rule.Id, from, days, PeriodUnit.CalendarDays, time.Calendar, time.Now));

    private void Advance(CaseStatus next, DateOnly? on, DateTimeOffset now, string reason)
    {
        var from = Status;
        Step(from, next, now, reason);
        if (next != CaseStatus.Decided)
        {
            Raise(new EnforcementCaseAdvanced { OccurredAt = now, UnitId = UnitId, RecordId = Id, From = from.ToString(), To = next.ToString(), On = on ?? DecidedOn ?? OpenedOn });
        }
    }

    private void Step(CaseStatus? from, CaseStatus next, DateTimeOffset now, string reason)
    {
        if (from is null)
        {
            Begin(next, now, reason);
        }
        else
        {
            TransitionTo(next, now, reason);
        }

        Chain(now, CaseFileEntry.StateKind, CaseFileChain.StateContent(from?.ToString(), next.ToString(), reason));
    }

    /// <summary>A change that is not a transition: history (same state) and the chain.</summary>
    private void Note(DateTimeOffset now, string reason)
    {
        RecordChange(Status.ToString(), Status.ToString(), now, reason);
        Chain(now, CaseFileEntry.StateKind, CaseFileChain.StateContent(Status.ToString(), Status.ToString(), reason));
    }

    private void Chain(DateTimeOffset now, string kind, string content) => FileChain.Add(CaseFileChain.Next(FileChain, now, kind, content));
}
