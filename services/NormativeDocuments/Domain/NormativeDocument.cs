using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.FairCompetition;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Procedures.Meeting;

namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>规范性文件 — a normative document of an issuing unit, from its draft to leaving force.</summary>
public sealed class NormativeDocument : AggregateRoot<DocumentStatus>, IConsultedRecord, ILegalityReviewSubmission, ILegallyReviewedRecord<LegalityChecklist>, ICollectivelyDecidedRecord, IFairCompetitionReviewed
{
    private readonly List<RegisterEntry> _register = [];
    private readonly List<PublicComment> _comments = [];

    /// <summary>What the drafter declared; stored as <c>provisional</c>. The title can only add to it (see <see cref="Provisional"/>).</summary>
    private bool _declaredProvisional;

    private NormativeDocument()
    {
    }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>The matter within the issuing unit's competence that the document regulates (DOC-1).</summary>
    public string Competence { get; private set; } = "";

    /// <summary>Directly affects the rights or obligations of citizens or organisations (DOC-2: public comment).</summary>
    public bool AffectsRights { get; private set; }

    /// <summary>Closely tied to market activity (DOC-2: 30 days of comment, published feedback, fair-competition review).</summary>
    public bool MarketRelated { get; private set; }

    /// <summary>
    /// 暂行/试行 — provisional (DOC-7: valid at most 2 years). A title marked 暂行 or 试行 makes the
    /// document provisional whatever the drafter declared; the declaration can make any document provisional.
    /// </summary>
    public bool Provisional => _declaredProvisional || IsProvisionalTitle(Title);

    public DateTimeOffset DraftedAt { get; private set; }

    public List<DocumentVersion> Versions { get; private set; } = [];

    /// <summary>公开征求意见 (DOC-2), when the draft was opened for comment.</summary>
    public PublicConsultation? Consultation { get; private set; }

    public IReadOnlyList<PublicComment> Comments => _comments;

    /// <summary>DOC-2: the published account of which comments were adopted, for a market-related draft.</summary>
    public string? CommentFeedback { get; private set; }

    /// <summary>DOC-2: 公平竞争审查 conclusion, required for a market-related draft.</summary>
    public string? FairCompetitionReview { get; private set; }

    public LegalityReview? Review { get; private set; }

    public CollectiveMeeting? Discussion { get; private set; }

    public string? Number { get; private set; }

    public int? NumberYear { get; private set; }

    public int? NumberSequence { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public DateOnly? EffectiveFrom { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public DateOnly? LeftForceOn { get; private set; }

    public FilingStatus Filing { get; private set; }

    public DateOnly? FiledOn { get; private set; }

    public List<SuspendedClause> SuspendedClauses { get; private set; } = [];

    /// <summary>The latest 备案审查 (DOC-10), opened by filing, an upheld objection or an incidental review.</summary>
    public FilingReview? FilingReview { get; private set; }

    /// <summary>Terms for the public search (see <see cref="ChineseText"/>); kept with the text.</summary>
    public string SearchTerms { get; private set; } = "";

    public IReadOnlyList<RegisterEntry> Register => _register;

    public bool CommentRequired => AffectsRights || MarketRelated;

    public bool CommentPeriodRunning => Status == DocumentStatus.OpenForComment;

    /// <summary>DOC-2: the dispositions are the unit's working notes until its feedback on them is published, or the document is.</summary>
    public bool DispositionsPublic => CommentFeedback is not null || Number is not null;

    /// <summary>The draft's text is process information until its comment period opens (DOC-2), or the document is published.</summary>
    public bool TextPublicOn(DateOnly today) => Number is not null || Consultation?.OpensOn <= today;

    public int CurrentVersion => Versions.Count;

    public static NormativeDocument Draft(
        IssuingUnit issuer, string competence, string title, string body, bool affectsRights, bool marketRelated, bool provisional, DateTimeOffset now)
    {
        issuer.RequireMayIssue(competence);
        var document = new NormativeDocument
        {
            UnitId = issuer.UnitId,
            Competence = competence,
            AffectsRights = affectsRights,
            MarketRelated = marketRelated,
            _declaredProvisional = provisional,
            DraftedAt = now,
        };
        document.AddVersion(title, body, now, "draft");
        document.Begin(DocumentStatus.Drafted, now);
        document.Raise(new DocumentDrafted { OccurredAt = now, UnitId = issuer.UnitId, RecordId = document.Id, Title = title });
        return document;
    }

    /// <summary>
    /// Revises the draft's text before publication; the earlier text stays readable as a version. A
    /// draft revised after its review goes back to where it was sent to review from: after its comment
    /// period when it had one (it is not consulted on twice), so it can be sent to review again.
    /// </summary>
    public void Revise(string title, string body, string reason, DateTimeOffset now)
    {
        DocumentRules.Doc3.Require(
            Status is DocumentStatus.Drafted or DocumentStatus.CommentClosed or DocumentStatus.Reviewed,
            "只有草案、征求意见结束后的草案或者审核后正在修改的草案可以修改。", "Only a draft, a draft after its comment period, or a reviewed draft being corrected, can be revised.");
        AddVersion(title, body, now, reason);
        if (Status == DocumentStatus.Reviewed)
        {
            TransitionTo(Consultation is null ? DocumentStatus.Drafted : DocumentStatus.CommentClosed, now, $"revised after review: {reason}");
            Review = null;
        }
    }

    /// <summary>DOC-2: opens the draft for comment; the period must meet the minimum for its kind.</summary>
    public void OpenForComment(DateOnly opensOn, DateOnly closesOn, DateOnly today, WorkingCalendar calendar, DocumentSettings settings, DateTimeOffset now)
    {
        DocumentRules.Doc2.Require(Status == DocumentStatus.Drafted && Consultation is null, "只有尚未征求意见的草案可以公开征求意见。", "Only a draft not yet consulted on is opened for comment.");
        var policy = MarketRelated
            ? new CommentPeriodPolicy(settings.MarketCommentDays, PeriodUnit.CalendarDays)
            : new CommentPeriodPolicy(settings.CommentWorkingDays, PeriodUnit.WorkingDays);
        Consultation = PublicConsultation.Open(opensOn, closesOn, null, today, calendar, policy, DocumentRules.Doc2);
        TransitionTo(DocumentStatus.OpenForComment, now, $"comment {opensOn:yyyy-MM-dd} – {closesOn:yyyy-MM-dd}");
        ClockChanges.Start(ConsultationClock.Start(this, DocumentClocks.CommentClose, DocumentRules.Doc2.Id, closesOn, now));
        Raise(new DocumentOpenedForComment { OccurredAt = now, UnitId = UnitId, RecordId = Id, Title = Title, OpensOn = opensOn, ClosesOn = closesOn });
    }

    /// <summary>DOC-2: anyone may comment while the period is open; a comment after close is refused.</summary>
    public PublicComment Comment(string? author, string content, DateOnly today, DateTimeOffset now)
    {
        // The period's own dates decide whether it is open (a closed period has run out): checked once, by the consultation.
        DocumentRules.Doc2.Require(Consultation is not null, "草案未处于公开征求意见阶段。", "The draft is not open for comment.");
        var comment = Consultation!.Accept(Id, author, content, today, now, DocumentRules.Doc2);
        _comments.Add(comment); // an insert beside the document: the earlier comments need not be loaded
        RecordChange(Status.ToString(), Status.ToString(), now, $"comment {comment.Id} received");
        Raise(new DocumentCommentSubmitted { OccurredAt = now, UnitId = UnitId, RecordId = Id, CommentId = comment.Id, Anonymous = comment.Author is null });
        return comment;
    }

    /// <summary>Closes the comment period once it has run (also done automatically the day after it ends).</summary>
    public void CloseComment(DateOnly today, DateTimeOffset now)
    {
        DocumentRules.Doc2.Require(Status == DocumentStatus.OpenForComment, "草案未处于公开征求意见阶段。", "The draft is not open for comment.");
        Consultation!.RequireRunOut(today, DocumentRules.Doc2);
        TransitionTo(DocumentStatus.CommentClosed, now, $"{Comments.Count} comments");
    }

    /// <summary>DOC-2: every comment gets a disposition, with a reason unless fully adopted.</summary>
    public void DisposeComment(Guid commentId, CommentDisposition disposition, string? reason, DateTimeOffset now)
    {
        DocumentRules.Doc2.Require(Consultation is not null && Status is DocumentStatus.OpenForComment or DocumentStatus.CommentClosed, "应当在合法性审核前对意见作出采纳处理。", "Comments are disposed of before the legality review.");
        Consultation!.Dispose(Comments, commentId, disposition, reason, DocumentRules.Doc2);
        RecordChange(Status.ToString(), Status.ToString(), now, $"comment {commentId} disposed of"); // the disposition is public once published
    }

    /// <summary>DOC-2: the feedback on which comments were adopted, published for a market-related draft.</summary>
    public void PublishCommentFeedback(string feedback, DateTimeOffset now)
    {
        DocumentRules.Doc2.Require(Status == DocumentStatus.CommentClosed, "意见采纳情况的反馈应当在征求意见期限届满后公布。", "Feedback is published after the comment period.");
        CommentFeedback = feedback;
        RecordChange(Status.ToString(), Status.ToString(), now, "comment feedback published");
    }

    /// <summary>DOC-2: the fair-competition review (公平竞争审查) of a market-related draft.</summary>
    public void RecordFairCompetitionReview(string conclusion, DateTimeOffset now)
    {
        DocumentRules.Doc2.Require(Status is DocumentStatus.Drafted or DocumentStatus.OpenForComment or DocumentStatus.CommentClosed, "公平竞争审查应当在合法性审核之前进行。", "The fair-competition review comes before the legality review.");
        FairCompetitionReview = conclusion;
        RecordChange(Status.ToString(), Status.ToString(), now, "fair-competition review recorded");
    }

    /// <summary>DOC-2 then DOC-3: to the legal office only after the comment procedure is complete.</summary>
    public void SubmitForLegalityReview(DateOnly today, int workingDays, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (CommentRequired)
        {
            DocumentRules.Doc2.Require(Status == DocumentStatus.CommentClosed, "涉及权利义务或者市场主体经济活动的草案，应当在公开征求意见结束后方可提交审核。", "A draft affecting rights or market activity goes to review only after its public comment period.");
            PublicConsultation.RequireEveryCommentDisposed(Comments, DocumentRules.Doc2);
        }
        else
        {
            DocumentRules.Doc3.Require(Status is DocumentStatus.Drafted or DocumentStatus.CommentClosed, "只有草案可以提交合法性审核。", "Only a draft goes to legality review.");
        }

        if (MarketRelated)
        {
            DocumentRules.Doc2.Require(CommentFeedback is not null, "应当先公布意见采纳情况的反馈。", "The feedback on adopted comments must be published first.");
            DocumentRules.Doc2.Require(FairCompetitionReview is not null, "涉及市场主体经济活动的草案应当先进行公平竞争审查。", "A market-related draft needs its fair-competition review first.");
        }

        Review = LegalityReview.Submit(today, workingDays, calendar);
        TransitionTo(DocumentStatus.UnderLegalityReview, now, $"review due {Review.DueOn:yyyy-MM-dd}");
        ClockChanges.Start(StatutoryClock.Start(
            DocumentClocks.RecordType, Id, UnitId, DocumentClocks.LegalityReview, DocumentRules.Doc3.Id, today, workingDays, PeriodUnit.WorkingDays, calendar, now));
    }

    /// <summary>DOC-3 with the DOC-1 checklist: every point answered; a draft doing any of them is not lawful.</summary>
    public void ConcludeLegalityReview(LegalityChecklist checklist, LegalityConclusion conclusion, string opinion, string reviewer, DateTimeOffset now)
    {
        DocumentRules.Doc3.Require(Status == DocumentStatus.UnderLegalityReview, "草案未处于合法性审核阶段。", "The draft is not under legality review.");
        Review = Review!.Conclude(checklist, conclusion, opinion, reviewer, now, DocumentRules.Doc1);
        TransitionTo(DocumentStatus.Reviewed, now, "legality review concluded"); // the history is public; the opinion is staff-only
        ClockChanges.Stop(DocumentClocks.LegalityReview, "review concluded", now);
        Raise(new DocumentLegalityReviewed { OccurredAt = now, UnitId = UnitId, RecordId = Id, Conclusion = conclusion.ToString() });
    }

    /// <summary>DOC-3, DOC-4: only a draft found lawful reaches the meeting, which decides adoption.</summary>
    public void Decide(CollectiveMeeting meeting, DateTimeOffset now)
    {
        DocumentRules.Doc3.Require(
            Status == DocumentStatus.Reviewed && Review?.FoundLawful == true,
            Status == DocumentStatus.Reviewed ? "经审核不合法的草案不得提交集体审议。" : "草案经法制机构审核认为合法后，方可提交集体审议。",
            Status == DocumentStatus.Reviewed ? "An unlawful draft cannot go to the meeting." : "A draft goes to the meeting only after the legal office found it lawful.");
        var notBefore = Review!.ConcludedOn!.Value;
        var follows = "the legality review's conclusion";
        var followsChinese = "合法性审核作出结论之日";
        if (Discussion is { } deferred && deferred.MeetingDate > notBefore)
        {
            (notBefore, followsChinese, follows) = (deferred.MeetingDate, "决定暂缓的会议", "the meeting that deferred it");
        }

        meeting.RequireHeldBetween(notBefore, followsChinese, follows, StatutoryTime.DateOf(now), DocumentRules.Doc4);
        Discussion = meeting;
        var next = meeting.Outcome switch
        {
            MeetingOutcome.Adopted => DocumentStatus.Adopted,
            MeetingOutcome.Rejected => DocumentStatus.Rejected,
            _ => DocumentStatus.Reviewed,
        };
        TransitionTo(next, now, $"{meeting.MeetingType} meeting {meeting.MeetingDate:yyyy-MM-dd}: {meeting.Outcome}");
        Raise(new DocumentDiscussed { OccurredAt = now, UnitId = UnitId, RecordId = Id, Outcome = meeting.Outcome.ToString(), ReviewedBeforeMeeting = true });
    }

    /// <summary>DOC-4: only a document the collective discussion adopted is published; asked before a number is drawn for it.</summary>
    public void RequireAdopted() =>
        DocumentRules.Doc4.Require(Status == DocumentStatus.Adopted, "只有经集体审议通过的文件方可公布。", "Only a document the collective discussion adopted is published.");

    /// <summary>
    /// DOC-4 … DOC-7: publishes an adopted document under its number, with an effective date no
    /// earlier than publication and an expiry within the longest validity. Its clocks start: entry into
    /// force (or it is announced in force now), the expiry warning and expiry (DOC-7), and the filing deadline (DOC-9).
    /// </summary>
    public void Publish(string unitCode, int year, int sequence, DateOnly publishedOn, DateOnly effectiveFrom, DateOnly expiresOn, WorkingCalendar calendar, DocumentSettings settings, DateTimeOffset now)
    {
        RequireAdopted();
        DocumentRules.Doc5.Require(
            publishedOn >= Discussion!.MeetingDate && publishedOn <= StatutoryTime.DateOf(now),
            $"公布日期 {publishedOn:yyyy-MM-dd} 不得早于 {Discussion.MeetingDate:yyyy-MM-dd} 的集体审议，也不得晚于今日。", $"The publication records an act done on {publishedOn:yyyy-MM-dd}: not before the collective discussion of {Discussion.MeetingDate:yyyy-MM-dd}, nor after today.");
        DocumentRules.Doc5.Require(effectiveFrom >= publishedOn, "文件不得在公布前施行。", "A document cannot take effect before it is published.");
        DocumentRules.Doc7.Require(expiresOn > effectiveFrom, "有效期届满日应当晚于施行日期。", "The expiry date must follow the effective date.");
        var latest = LatestExpiry(effectiveFrom, settings);
        DocumentRules.Doc7.Require(
            expiresOn <= latest,
            $"{(Provisional ? "暂行、试行的" : "")}规范性文件有效期最长为 {ValidityYears(settings)} 年（含届满当日），届满日不得晚于 {latest:yyyy-MM-dd}。", $"A {(Provisional ? "provisional " : "")}document is valid at most {ValidityYears(settings)} years, its expiry day included: expiry {latest:yyyy-MM-dd} at the latest.");

        Number = FormatNumber(unitCode, year, sequence);
        NumberYear = year;
        NumberSequence = sequence;
        PublishedOn = publishedOn;
        EffectiveFrom = effectiveFrom;
        ExpiresOn = expiresOn;
        Filing = FilingStatus.Pending;
        TransitionTo(DocumentStatus.Published, now, $"{Number}, in force {effectiveFrom:yyyy-MM-dd} – {expiresOn:yyyy-MM-dd}");
        AppendRegisterEntry(now);
        Raise(new DocumentPublished
        {
            OccurredAt = now, UnitId = UnitId, RecordId = Id, Number = Number, Title = Title,
            PublishedOn = publishedOn, EffectiveFrom = effectiveFrom, ExpiresOn = expiresOn,
        });
        StartForceClocks(publishedOn, calendar, settings, now);
    }

    /// <summary>DOC-7: a title marked 暂行 or 试行 (e.g. 管理暂行办法, 清单（试行）) names a provisional document.</summary>
    public static bool IsProvisionalTitle(string title) =>
        title.Contains("暂行", StringComparison.Ordinal) || title.Contains("试行", StringComparison.Ordinal);

    /// <summary>DOC-7: the longest validity in years, 2 for a provisional document and 5 otherwise (district settings).</summary>
    public int ValidityYears(DocumentSettings settings) =>
        Provisional ? settings.MaxProvisionalValidityYears : settings.MaxValidityYears;

    /// <summary>
    /// DOC-7: the last day a document effective from <paramref name="effectiveFrom"/> may be in force.
    /// Force runs from the effective day to the expiry day, both included, so N years end the day before
    /// the N-th anniversary (of 29 February, 1 March in a common year).
    /// </summary>
    public DateOnly LatestExpiry(DateOnly effectiveFrom, DocumentSettings settings)
    {
        var anniversary = effectiveFrom.AddYears(ValidityYears(settings));
        return anniversary.Day == effectiveFrom.Day ? anniversary.AddDays(-1) : anniversary;
    }

    /// <summary>DOC-6: 〈unit code〉规〔〈year〉〕〈n〉号.</summary>
    public static string FormatNumber(string unitCode, int year, int sequence) => $"{unitCode}规〔{year}〕{sequence}号";

    /// <summary>DOC-5, DOC-7: in force on a day when published, effective, not expired and not repealed or revoked.</summary>
    public bool InForceOn(DateOnly day) =>
        PublishedOn is not null && EffectiveFrom <= day && day <= ExpiresOn && (LeftForceOn is null || day < LeftForceOn);

    /// <summary>The day the document took effect, announced when it comes (automatically, by its clock).</summary>
    public void AnnounceEnteredForce(DateTimeOffset now)
    {
        if (Status != DocumentStatus.Published || Number is null)
        {
            return; // left force before it took effect; nothing to announce
        }

        RecordChange(Status.ToString(), Status.ToString(), now, $"in force since {EffectiveFrom:yyyy-MM-dd}");
        Raise(new DocumentEnteredForce { OccurredAt = now, UnitId = UnitId, RecordId = Id, Number = Number, Since = EffectiveFrom!.Value });
    }

    /// <summary>DOC-7: warns the unit ahead of expiry.</summary>
    public void WarnOfExpiry(DateTimeOffset now)
    {
        if (Status != DocumentStatus.Published || Number is null)
        {
            return;
        }

        Raise(new DocumentExpiryApproaching { OccurredAt = now, UnitId = UnitId, RecordId = Id, Number = Number, ExpiresOn = ExpiresOn!.Value });
    }

    /// <summary>DOC-7: leaves force the day after its expiry date, automatically.</summary>
    public void Expire(DateTimeOffset now)
    {
        if (Status != DocumentStatus.Published)
        {
            return;
        }

        LeaveForce(DocumentStatus.Expired, ExpiresOn!.Value.AddDays(1), "expired", now);
    }

    /// <summary>DOC-8 (repeal after cleanup) and DOC-10 (revocation after filing review).</summary>
    public void LeaveForce(DocumentStatus reason, DateOnly since, string detail, DateTimeOffset now)
    {
        (reason == DocumentStatus.Revoked ? DocumentRules.Doc10 : DocumentRules.Doc8).Require(Status == DocumentStatus.Published, "只有已公布并登记在册的文件可以失效。", "Only a published document in the register can leave force.");
        LeftForceOn = since < ExpiresOn!.Value.AddDays(1) ? since : ExpiresOn.Value.AddDays(1);
        TransitionTo(reason, now, $"{detail}; not in force from {LeftForceOn:yyyy-MM-dd}");
        AppendRegisterEntry(now);
        Raise(new DocumentLeftForce { OccurredAt = now, UnitId = UnitId, RecordId = Id, Number = Number!, Since = LeftForceOn.Value, Reason = reason.ToString() });
    }

    /// <summary>DOC-9: filing within the days after publication is on time; later, or after the clock ran out, late.</summary>
    public void File(DateOnly today, WorkingCalendar calendar, DocumentSettings settings, DateTimeOffset now)
    {
        DocumentRules.Doc9.Require(PublishedOn is not null, "只有已公布的文件可以报送备案。", "Only a published document is filed.");
        DocumentRules.Doc9.Require(Filing is FilingStatus.Pending or FilingStatus.Missing, "该文件已经备案。", "The document is filed already.");
        var onTime = today <= FilingDueOn(calendar, settings);
        Filing = onTime ? FilingStatus.FiledOnTime : FilingStatus.FiledLate;
        FiledOn = today;
        FilingReview = new FilingReview { OpenedBecause = "filed", OpenedOn = today };
        RecordChange(Status.ToString(), Status.ToString(), now, $"filed {today:yyyy-MM-dd}: {Filing}");
        ClockChanges.Stop(DocumentClocks.Filing, "filed", now);
        Raise(new DocumentFiled { OccurredAt = now, UnitId = UnitId, RecordId = Id, Number = Number!, FiledOn = today, OnTime = onTime });
    }

    public DateOnly FilingDueOn(WorkingCalendar calendar, DocumentSettings settings) =>
        calendar.EndOfPeriod(PublishedOn!.Value, settings.FilingDays, PeriodUnit.CalendarDays);

    /// <summary>DOC-9: the filing period ran out with nothing filed: recorded late.</summary>
    public void MarkFilingMissing(DateTimeOffset now)
    {
        if (Filing != FilingStatus.Pending)
        {
            return;
        }

        Filing = FilingStatus.Missing;
        RecordChange(Status.ToString(), Status.ToString(), now, "not filed within the period: recorded late");
    }

    /// <summary>DOC-10: a review of the filed document is opened (by filing, an upheld objection, an incidental review).</summary>
    public void OpenReview(string because, DateOnly today, DateTimeOffset now)
    {
        DocumentRules.Doc10.Require(Number is not null, "只有已公布的文件可以进行备案审查。", "Only a published document is reviewed.");
        if (FilingReview is { Outcome: null })
        {
            return; // a review is open already; it covers this reason too
        }

        FilingReview = new FilingReview { OpenedBecause = because, OpenedOn = today };
        RecordChange(Status.ToString(), Status.ToString(), now, $"review opened: {because}");
    }

    /// <summary>DOC-13: an objection to the document, and later its answer, appear in the document's history with who sent them.</summary>
    public void RecordObjection(Guid objectionId, string? answer, DateTimeOffset now) =>
        RecordChange(Status.ToString(), Status.ToString(), now, answer is null ? $"objection {objectionId} received" : $"objection {objectionId} answered: {answer}");

    /// <summary>DOC-10: the supervising body answers its checklist and concludes.</summary>
    public void ConcludeReview(FilingReviewChecklist checklist, ReviewOutcome outcome, string opinion, DateOnly today, DateTimeOffset now)
    {
        DocumentRules.Doc10.Require(FilingReview is { Outcome: null }, "该文件没有正在进行的审查：审查因备案、异议成立或者附带审查而启动。", "No review of this document is open: it opens with filing, an upheld objection or an incidental review.");
        DocumentRules.Doc10.Require(checklist.Complete, "审查应当对审查清单的每一项作出回答。", "The review answers every point of its checklist.");
        DocumentRules.Doc10.Require(checklist.Clean || outcome != ReviewOutcome.Passed, "文件违法增加义务、减损权利或者存在地方、部门保护的，不得通过审查。", "A document with an unlawful obligation, reduced rights or protectionism cannot pass.");
        FilingReview = FilingReview! with { Checklist = checklist, Outcome = outcome, Opinion = opinion, ConcludedOn = today };
        RecordChange(Status.ToString(), Status.ToString(), now, $"review: {outcome}");
        Raise(new DocumentReviewConcluded { OccurredAt = now, UnitId = UnitId, RecordId = Id, Number = Number!, Outcome = outcome.ToString() });
    }

    /// <summary>DOC-10: a document whose review requested revocation is revoked, leaves force and the revocation is published.</summary>
    public void Revoke(string reason, DateOnly today, DateTimeOffset now)
    {
        DocumentRules.Doc10.Require(FilingReview?.Outcome == ReviewOutcome.RevocationRequested, "只有审查结论为建议撤销的文件方可撤销。", "Only a document whose review requested revocation is revoked.");
        LeaveForce(DocumentStatus.Revoked, today, $"revoked: {reason}", now);
    }

    /// <summary>DOC-14: a clause found unlawful in an incidental review is suspended; the register shows it.</summary>
    public void SuspendClause(string clause, string reason, DateOnly since, DateTimeOffset now)
    {
        DocumentRules.Doc14.Require(Status == DocumentStatus.Published, "只有登记在册文件的条款可以中止执行。", "Only a clause of a document in the register can be suspended.");
        if (SuspendedClauses.Any(c => c.Clause == clause))
        {
            return;
        }

        SuspendedClauses = [.. SuspendedClauses, new SuspendedClause(clause, reason, since)];
        RecordChange(Status.ToString(), Status.ToString(), now, $"{clause} suspended: {reason}");
        AppendRegisterEntry(now);
        Raise(new DocumentClauseSuspended { OccurredAt = now, UnitId = UnitId, RecordId = Id, Number = Number!, Clause = clause, Reason = reason });
    }

    /// <summary>The clocks of a document published on <paramref name="publishedOn"/>: entry into force, expiry warning, expiry, and the filing deadline.</summary>
    private void StartForceClocks(DateOnly publishedOn, WorkingCalendar calendar, DocumentSettings settings, DateTimeOffset now)
    {
        var effective = EffectiveFrom!.Value;
        var expires = ExpiresOn!.Value;
        if (effective > publishedOn)
        {
            StartClock(DocumentClocks.EntersForce, DocumentRules.Doc5, effective, now);
        }
        else
        {
            AnnounceEnteredForce(now);
        }

        var warning = expires.AddMonths(-settings.ExpiryWarningMonths);
        if (warning > publishedOn)
        {
            StartClock(DocumentClocks.ExpiryWarning, DocumentRules.Doc7, warning, now);
        }

        StartClock(DocumentClocks.Expiry, DocumentRules.Doc7, expires.AddDays(1), now);
        ClockChanges.Start(StatutoryClock.Start(
            DocumentClocks.RecordType, Id, UnitId, DocumentClocks.Filing, DocumentRules.Doc9.Id, publishedOn, settings.FilingDays, PeriodUnit.CalendarDays, calendar, now));
    }

    private void StartClock(string kind, Rule rule, DateOnly day, DateTimeOffset now) =>
        ClockChanges.Start(StatutoryClock.FireOn(DocumentClocks.RecordType, Id, UnitId, kind, rule.Id, day, now));

    private void AddVersion(string title, string body, DateTimeOffset now, string reason)
    {
        Title = title;
        Body = body;
        Versions.Add(new DocumentVersion { Number = Versions.Count + 1, Title = title, Body = body, CreatedAt = now, Reason = reason });
        SearchTerms = ChineseText.IndexTerms(title + "\n" + body);
    }

    private void AppendRegisterEntry(DateTimeOffset now) =>
        _register.Add(new RegisterEntry
        {
            DocumentId = Id,
            RecordedAt = now,
            UnitId = UnitId,
            Number = Number!,
            Title = Title,
            Status = Status,
            EffectiveFrom = EffectiveFrom!.Value,
            ExpiresOn = ExpiresOn!.Value,
            LeftForceOn = LeftForceOn,
            VersionNumber = CurrentVersion,
            SuspendedClauses = [.. SuspendedClauses.Select(c => c.Clause)],
        });
}
