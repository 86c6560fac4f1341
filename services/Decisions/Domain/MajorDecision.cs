using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Decisions;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.FairCompetition;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Procedures.Meeting;

namespace RuleOfLaw.Decisions.Domain;

/// <summary>重大行政决策 — one major administrative decision's procedure, from a catalogue item to evaluation.</summary>
public sealed class MajorDecision : AggregateRoot<DecisionStatus>, IConsultedRecord, ILegalityReviewSubmission, ILegallyReviewedRecord<DecisionLegalityChecklist>, ICollectivelyDecidedRecord, IFairCompetitionReviewed
{
    private readonly List<PublicComment> _comments = [];

    private MajorDecision()
    {
    }

    public Guid CatalogueId { get; private init; }

    public Guid CatalogueItemId { get; private init; }

    /// <summary>决策承办单位 (DEC-1).</summary>
    public string LeadUnitId { get; private init; } = "";

    public string Title { get; private set; } = "";

    public string Draft { get; private set; } = "";

    /// <summary>May affect social stability or public safety: a risk assessment is required (DEC-5).</summary>
    public bool RiskAssessmentRequired { get; private init; }

    /// <summary>Raises professional or technical questions: expert opinions are required (DEC-4).</summary>
    public bool ExpertReviewRequired { get; private init; }

    /// <summary>Affects market activity: a fair-competition review is required (DEC-7).</summary>
    public bool AffectsMarket { get; private init; }

    /// <summary>改革试点 — may reach the agenda without a lawful review, with its legal risk stated (DEC-6).</summary>
    public bool ReformPilot { get; private init; }

    /// <summary>The earlier decision a major adjustment of which started this procedure (DEC-10).</summary>
    public Guid? PreviousDecisionId { get; private init; }

    public DateTimeOffset OpenedAt { get; private init; }

    public PublicConsultation? Consultation { get; private set; }

    public IReadOnlyList<PublicComment> Comments => _comments;

    public Hearing? Hearing { get; private set; }

    public List<ExpertOpinion> ExpertOpinions { get; private set; } = [];

    public RiskAssessment? RiskAssessment { get; private set; }

    public string? FairCompetitionReview { get; private set; }

    public LegalityReview? Review { get; private set; }

    public DateOnly? AgendaMeetingDate { get; private set; }

    /// <summary>The override that put a reform pilot on the agenda without a lawful review; public.</summary>
    public string? ReformPilotLegalRisk { get; private set; }

    public CollectiveMeeting? Meeting { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>DEC-9: which opinions were adopted and why, published with the decision.</summary>
    public string? PublicationExplanation { get; private set; }

    public List<Evaluation> Evaluations { get; private set; } = [];

    public string? SuspendedBy { get; private set; }

    public string? SuspensionReason { get; private set; }

    public string? StopReason { get; private set; }

    public bool ReviewedLawfulBeforeMeeting => Review?.FoundLawful == true;

    public bool CommentPeriodRunning => Status == DecisionStatus.OpenForComment;

    /// <summary>DEC-2: the dispositions are public once published.</summary>
    public bool DispositionsPublic => Consultation?.DispositionsPublishedAt is not null;

    public static MajorDecision Open(
        DecisionCatalogue catalogue, Guid itemId, string title, string draft, bool riskAssessmentRequired, bool expertReviewRequired,
        bool affectsMarket, bool reformPilot, bool itemHasProcedure, DateTimeOffset now, Guid? previousDecisionId = null)
    {
        var item = catalogue.ItemForProcedure(itemId);
        DecisionRules.Dec1.Require(!itemHasProcedure, $"“{item.Title}”的决策程序正在进行；只有决策后评估决定重大调整的，方可重新启动决策程序。", $"A procedure for \"{item.Title}\" is under way already; a new one starts only from an evaluation's major adjustment.");
        var decision = new MajorDecision
        {
            UnitId = catalogue.UnitId,
            CatalogueId = catalogue.Id,
            CatalogueItemId = item.Id,
            LeadUnitId = item.LeadUnitId,
            Title = title,
            Draft = draft,
            RiskAssessmentRequired = riskAssessmentRequired,
            ExpertReviewRequired = expertReviewRequired,
            AffectsMarket = affectsMarket,
            ReformPilot = reformPilot,
            PreviousDecisionId = previousDecisionId,
            OpenedAt = now,
        };
        decision.Begin(DecisionStatus.Drafting, now, previousDecisionId is null ? $"from catalogue item {item.Title}" : $"major adjustment of {previousDecisionId}");
        decision.Raise(new DecisionOpened
        {
            OccurredAt = now, UnitId = decision.UnitId, RecordId = decision.Id, Title = title, CatalogueItemId = item.Id,
            LeadUnitId = item.LeadUnitId, PreviousDecisionId = previousDecisionId,
        });
        return decision;
    }

    /// <summary>Revises the draft before the meeting; after an unlawful review it goes to review again.</summary>
    public void Revise(string title, string draft, string reason, DateTimeOffset now)
    {
        DecisionRules.Dec6.Require(
            Status is DecisionStatus.Drafting or DecisionStatus.OpenForComment or DecisionStatus.CommentClosed or DecisionStatus.Reviewed,
            "决策草案应当在提交会议讨论前修改，法制机构审查期间不得修改。", "The draft is revised before it goes to the meeting, and not while the legal office reviews it.");
        Title = title;
        Draft = draft;
        if (Status == DecisionStatus.Reviewed)
        {
            Review = null;
            TransitionTo(DecisionStatus.CommentClosed, now, $"revised after review: {reason}");
            return;
        }

        RecordChange(Status.ToString(), Status.ToString(), now, $"revised: {reason}");
    }

    /// <summary>DEC-2: ≥30 days of comment, shorter only with a reason published with the notice.</summary>
    public void OpenForComment(DateOnly opensOn, DateOnly closesOn, string? shorterPeriodReason, DateOnly today, WorkingCalendar calendar, DecisionSettings settings, DateTimeOffset now)
    {
        DecisionRules.Dec2.Require(Status == DecisionStatus.Drafting && Consultation is null, "只有尚未征求意见的决策草案可以公开征求意见。", "Only a draft not yet consulted on is opened for comment.");
        Consultation = PublicConsultation.Open(opensOn, closesOn, shorterPeriodReason, today, calendar, settings.CommentPolicy, DecisionRules.Dec2);
        TransitionTo(DecisionStatus.OpenForComment, now, $"comment {opensOn:yyyy-MM-dd} – {closesOn:yyyy-MM-dd}{(Consultation.ShorterPeriodReason is { } r ? $"; shortened: {r}" : "")}");
        Raise(new DecisionCommentOpened
        {
            OccurredAt = now, UnitId = UnitId, RecordId = Id, OpensOn = opensOn, ClosesOn = closesOn, ShorterPeriodReason = Consultation.ShorterPeriodReason,
        });
        ClockChanges.Start(ConsultationClock.Start(this, DecisionClocks.CommentClose, DecisionRules.Dec2.Id, closesOn, now));
    }

    /// <summary>DEC-2: anyone comments while the period is open; after close the comment is refused. The history shows who commented.</summary>
    public PublicComment Comment(string? author, string content, DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec2.Require(Consultation is not null, "决策草案未处于公开征求意见阶段。", "The draft is not open for comment.");
        var comment = Consultation!.Accept(Id, author, content, today, now, DecisionRules.Dec2); // the period's dates, checked once, by the consultation
        _comments.Add(comment); // an insert beside the decision: the earlier comments need not be loaded
        RecordChange(Status.ToString(), Status.ToString(), now, $"comment {comment.Id} received");
        Raise(new DecisionCommentSubmitted { OccurredAt = now, UnitId = UnitId, RecordId = Id, CommentId = comment.Id, Anonymous = comment.Author is null });
        return comment;
    }

    /// <summary>Closes the period once it has run (also done by its clock the day after it ends).</summary>
    public void CloseComment(DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec2.Require(Status == DecisionStatus.OpenForComment, "决策草案未处于公开征求意见阶段。", "The draft is not open for comment.");
        Consultation!.RequireRunOut(today, DecisionRules.Dec2);
        TransitionTo(DecisionStatus.CommentClosed, now, $"{Comments.Count} comments");
        Raise(new DecisionCommentClosed { OccurredAt = now, UnitId = UnitId, RecordId = Id, Comments = Comments.Count });
    }

    public void DisposeComment(Guid commentId, CommentDisposition disposition, string? reason, DateTimeOffset now)
    {
        DecisionRules.Dec2.Require(Consultation is not null && Status is DecisionStatus.OpenForComment or DecisionStatus.CommentClosed, "应当在合法性审查前对意见作出采纳处理。", "Comments are disposed of before the legality review.");
        Consultation!.Dispose(Comments, commentId, disposition, reason, DecisionRules.Dec2);
        RecordChange(Status.ToString(), Status.ToString(), now, $"comment {commentId} disposed of"); // the disposition is public once published
    }

    /// <summary>DEC-2: the dispositions are published, every comment with one, before the procedure moves on.</summary>
    public void PublishDispositions(DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec2.Require(Status == DecisionStatus.CommentClosed, "意见采纳情况应当在征求意见期限届满后公布。", "Dispositions are published after the comment period closes.");
        Consultation!.PublishDispositions(Comments, today, now, DecisionRules.Dec2);
        RecordChange(Status.ToString(), Status.ToString(), now, "comment dispositions published");
        Raise(new DecisionCommentDispositionsPublished
        {
            OccurredAt = now, UnitId = UnitId, RecordId = Id, Comments = Comments.Count, Adopted = PublicConsultation.Adopted(Comments),
        });
    }

    /// <summary>DEC-3: the selection method and the participants are published in advance; announcing again replaces an unheld plan.</summary>
    public void AnnounceHearing(DateOnly hearingDate, string selectionMethod, IReadOnlyList<HearingParticipant> participants, DateOnly today, DateTimeOffset now)
    {
        RequireBeforeLegalityReview(DecisionRules.Dec3, "听证应当在合法性审查之前举行。", "A hearing is held before the legality review.");
        DecisionRules.Dec3.Require(Hearing is not { Held: true }, "听证会已经举行。", "The hearing was held already.");
        DecisionRules.Dec3.Require(hearingDate > today, "听证参加人名单应当在听证日之前公布。", "The participant list is published before the hearing day.");
        DecisionRules.Dec3.Require(participants.Count > 0, "听证参加人名单应当随听证公告一并公布。", "The participant list is published with the announcement.");
        Hearing = new Hearing { HearingDate = hearingDate, SelectionMethod = selectionMethod, Participants = [.. participants], AnnouncedOn = today };
        RecordChange(Status.ToString(), Status.ToString(), now, $"hearing announced for {hearingDate:yyyy-MM-dd}, {participants.Count} participants");
    }

    /// <summary>DEC-3: materials reach participants at least the set number of days before the hearing.</summary>
    public void SendHearingMaterials(DateOnly today, DecisionSettings settings, DateTimeOffset now)
    {
        DecisionRules.Dec3.Require(Hearing is { Held: false }, "尚未公告听证。", "No hearing is announced.");
        var latest = Hearing!.HearingDate.AddDays(-settings.HearingMaterialsDays);
        DecisionRules.Dec3.Require(today <= latest, $"听证材料应当于听证 {settings.HearingMaterialsDays} 日前送达参加人，即不迟于 {latest:yyyy-MM-dd}；请另行公告较晚的听证日期。", $"Materials reach participants at least {settings.HearingMaterialsDays} days before the hearing: by {latest:yyyy-MM-dd}; announce a later date.");
        Hearing = Hearing.Copy() with { MaterialsSentOn = today };
        RecordChange(Status.ToString(), Status.ToString(), now, "hearing materials sent");
    }

    /// <summary>DEC-3: held with enough stakeholder categories, materials sent in time, and the record signed.</summary>
    public void RecordHearing(string record, IReadOnlyList<string> signedBy, DateOnly today, DecisionSettings settings, DateTimeOffset now)
    {
        DecisionRules.Dec3.Require(
            Hearing is { Held: false },
            Hearing is null ? "尚未公告听证。" : "听证笔录已经记录。",
            Hearing is null ? "No hearing is announced." : "The hearing was recorded already.");
        var hearing = Hearing!;
        DecisionRules.Dec3.Require(today >= hearing.HearingDate, $"听证会定于 {hearing.HearingDate:yyyy-MM-dd} 举行。", $"The hearing is on {hearing.HearingDate:yyyy-MM-dd}.");
        DecisionRules.Dec3.Require(hearing.MaterialsSentOn is not null, $"听证参加人未于听证 {settings.HearingMaterialsDays} 日前收到听证材料。", $"The participants did not receive the materials {settings.HearingMaterialsDays} days ahead.");
        DecisionRules.Dec3.Require(
            hearing.Categories >= settings.MinimumStakeholderCategories,
            $"听证参加人应当至少涵盖 {settings.MinimumStakeholderCategories} 类利害关系人；现登记 {hearing.Categories} 类。", $"A hearing registers at least {settings.MinimumStakeholderCategories} stakeholder categories; {hearing.Categories} registered.");
        var names = hearing.Participants.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        DecisionRules.Dec3.Require(signedBy.Count > 0 && signedBy.All(names.Contains), "听证笔录应当由登记的听证参加人签字。", "The record is signed by the participants registered for the hearing.");
        Hearing = hearing.Copy() with { HeldOn = today, Record = record, SignedBy = [.. signedBy.Distinct(StringComparer.Ordinal)] };
        RecordChange(Status.ToString(), Status.ToString(), now, $"hearing held, record signed by {signedBy.Count}");
        Raise(new DecisionHearingHeld { OccurredAt = now, UnitId = UnitId, RecordId = Id, HeldOn = today, Participants = hearing.Participants.Count });
    }

    /// <summary>DEC-4: an expert declares no direct interest (one with an interest is barred); the opinion is written and signed.</summary>
    public ExpertOpinion AddExpertOpinion(string expert, string field, bool? hasDirectInterest, string? declaration, string opinion, string? signedBy, DateOnly today, DateTimeOffset now)
    {
        RequireBeforeLegalityReview(DecisionRules.Dec4, "专家论证意见应当在合法性审查之前提出。", "Experts give their opinions before the legality review.");
        DecisionRules.Dec4.Require(hasDirectInterest is not null && !string.IsNullOrWhiteSpace(declaration), "专家应当声明其与决策事项是否存在直接利害关系。", "The expert declares whether they have a direct interest in the decision.");
        DecisionRules.Dec4.Require(hasDirectInterest == false, $"{expert} 与决策事项存在直接利害关系，应当回避。", $"{expert} has a direct interest in the decision and is barred.");
        DecisionRules.Dec4.Require(string.Equals(signedBy?.Trim(), expert, StringComparison.Ordinal), "书面论证意见应当由专家本人签字。", "The written opinion is signed by the expert.");
        var entry = new ExpertOpinion { Expert = expert, Field = field, InterestDeclaration = declaration!.Trim(), Opinion = opinion, SignedBy = expert, SignedOn = today };
        ExpertOpinions.Add(entry);
        RecordChange(Status.ToString(), Status.ToString(), now, "expert opinion added"); // the history is public; the opinion is staff-only
        return entry;
    }

    /// <summary>DEC-5: the report lists risk points, prevention measures and a contingency plan, and concludes a level.</summary>
    public void AssessRisk(RiskAssessment assessment, DateTimeOffset now)
    {
        RequireBeforeLegalityReview(DecisionRules.Dec5, "风险评估应当在合法性审查之前进行。", "The risk is assessed before the legality review.");
        DecisionRules.Dec5.Require(assessment.RiskPoints.Count > 0, "风险评估报告应当列明风险点。", "The report lists the risk points.");
        DecisionRules.Dec5.Require(assessment.PreventionMeasures.Count > 0, "风险评估报告应当列明风险防范措施。", "The report lists the prevention measures.");
        DecisionRules.Dec5.Require(!string.IsNullOrWhiteSpace(assessment.ContingencyPlan), "风险评估报告应当包含处置预案。", "The report has a contingency plan.");
        RiskAssessment = assessment;
        RecordChange(Status.ToString(), Status.ToString(), now, "risk assessed"); // the history is public; the report is staff-only
        Raise(new DecisionRiskAssessed { OccurredAt = now, UnitId = UnitId, RecordId = Id, Level = assessment.Level.ToString(), Controllable = assessment.Controllable });
    }

    public void RecordFairCompetitionReview(string conclusion, DateTimeOffset now)
    {
        RequireBeforeLegalityReview(DecisionRules.Dec7, "公平竞争审查应当在合法性审查之前进行。", "The fair-competition review comes before the legality review.");
        FairCompetitionReview = conclusion;
        RecordChange(Status.ToString(), Status.ToString(), now, "fair-competition review recorded");
    }

    /// <summary>
    /// DEC-6: to the legal office once the comment procedure is complete (DEC-2), a planned hearing held
    /// (DEC-3), a recorded or required risk found controllable (DEC-5) and every piece of the meeting
    /// package that is gathered before the review present (DEC-7: expert opinions, fair-competition
    /// review), since none of them can be added once the draft is with the legal office; the office
    /// gets at least 7 working days.
    /// </summary>
    public void SubmitForLegalityReview(DateOnly today, int workingDays, WorkingCalendar calendar, DateTimeOffset now)
    {
        DecisionRules.Dec2.Require(Status == DecisionStatus.CommentClosed, Status is DecisionStatus.Drafting or DecisionStatus.OpenForComment
            ? "决策草案应当在公开征求意见结束后，方可提交合法性审查。"
            : "决策草案已经提交合法性审查。",
            Status is DecisionStatus.Drafting or DecisionStatus.OpenForComment
            ? "A draft goes to legality review only after its public comment period."
            : "The draft is past the legality review submission.");
        Consultation!.RequireDispositionsPublished(Comments, DecisionRules.Dec2);
        DecisionRules.Dec3.Require(Hearing is null or { Held: true }, "已公告的听证会尚未举行。", "The announced hearing has not been held.");
        RequireRiskControllable();
        var missing = MeetingPackage().Where(p => p.Missing && p.Piece != "LegalityOpinion").Select(p => p.Piece).ToList();
        DecisionRules.Dec7.Require(missing.Count == 0, $"提交讨论的材料应当在合法性审查前备齐；尚缺：{string.Join("、", missing)}。", $"The meeting package is gathered before the legality review; missing: {string.Join(", ", missing)}.");
        DecisionRules.Dec6.Require(workingDays >= 7, "法制机构的审查期限不得少于 7 个工作日。", "The legal office gets at least 7 working days.");
        Review = LegalityReview.Submit(today, workingDays, calendar);
        TransitionTo(DecisionStatus.UnderLegalityReview, now, $"review due {Review.DueOn:yyyy-MM-dd}");
        ClockChanges.Start(StatutoryClock.Start(
            DecisionClocks.RecordType, Id, UnitId, DecisionClocks.LegalityReview, DecisionRules.Dec6.Id, today, workingDays, PeriodUnit.WorkingDays, calendar, now));
    }

    public void ConcludeLegalityReview(DecisionLegalityChecklist checklist, LegalityConclusion conclusion, string opinion, string reviewer, DateTimeOffset now)
    {
        DecisionRules.Dec6.Require(Status == DecisionStatus.UnderLegalityReview, "决策草案未处于合法性审查阶段。", "The draft is not under legality review.");
        Review = Review!.Conclude(checklist, conclusion, opinion, reviewer, now, DecisionRules.Dec6);
        TransitionTo(DecisionStatus.Reviewed, now, "legality review concluded"); // the history is public; the opinion is staff-only
        ClockChanges.StepTaken(DecisionClocks.LegalityReview, now);
        Raise(new DecisionLegalityReviewed { OccurredAt = now, UnitId = UnitId, RecordId = Id, Conclusion = conclusion.ToString() });
    }

    /// <summary>DEC-7: what the meeting package needs for this decision and what it has.</summary>
    public IReadOnlyList<PackagePiece> MeetingPackage(string? reformPilotLegalRisk = null) =>
    [
        new("Draft", true, !string.IsNullOrWhiteSpace(Draft)),
        new("CommentDispositions", true, Consultation?.DispositionsPublishedAt is not null),
        new("ExpertOpinions", ExpertReviewRequired, ExpertOpinions.Count > 0),
        new("RiskReport", RiskAssessmentRequired, RiskAssessment is not null),
        new("LegalityOpinion", true, Review?.Conclusion is not null || (ReformPilot && !string.IsNullOrWhiteSpace(reformPilotLegalRisk ?? ReformPilotLegalRisk))),
        new("FairCompetitionReview", AffectsMarket, !string.IsNullOrWhiteSpace(FairCompetitionReview)),
    ];

    /// <summary>
    /// DEC-6, DEC-7: only a draft the legal office found lawful (or a reform pilot with its legal risk
    /// stated) and with a complete package reaches the agenda.
    /// </summary>
    public void PutOnAgenda(DateOnly meetingDate, string? reformPilotLegalRisk, DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec6.Require(
            Status is DecisionStatus.CommentClosed or DecisionStatus.UnderLegalityReview or DecisionStatus.Reviewed,
            Status is DecisionStatus.Drafting or DecisionStatus.OpenForComment ? "未经合法性审查的决策草案不得提交会议讨论。" : "决策已列入会议议程或已经过该环节。",
            Status is DecisionStatus.Drafting or DecisionStatus.OpenForComment ? "An unreviewed draft cannot be put on the agenda." : "The decision is on the agenda or past it.");
        var risk = string.IsNullOrWhiteSpace(reformPilotLegalRisk) ? null : reformPilotLegalRisk.Trim();
        if (!ReviewedLawfulBeforeMeeting || Status != DecisionStatus.Reviewed)
        {
            var unlawful = Review?.Conclusion == LegalityConclusion.Unlawful;
            var why = unlawful ? "An unlawful draft" : "An unreviewed draft";
            DecisionRules.Dec6.Require(ReformPilot && risk is not null, $"{(unlawful ? "经审查不合法的" : "未经合法性审查的")}决策草案不得提交会议讨论（改革试点在说明法律风险后可以提交）。", $"{why} cannot be put on the agenda (a reform pilot may, with its legal risk stated).");
        }
        else
        {
            risk = null; // a lawful review needs no override
        }

        RequireRiskControllable();
        DecisionRules.Dec7.Require(meetingDate >= today, "会议日期不得早于今日。", "The meeting cannot be in the past.");
        var missing = MeetingPackage(risk).Where(p => p.Missing).Select(p => p.Piece).ToList();
        DecisionRules.Dec7.Require(missing.Count == 0, $"提交讨论的材料不齐全：{string.Join("、", missing)}。", $"The meeting package is incomplete: {string.Join(", ", missing)}.");
        AgendaMeetingDate = meetingDate;
        ReformPilotLegalRisk = risk;
        TransitionTo(DecisionStatus.OnAgenda, now, risk is null ? $"meeting {meetingDate:yyyy-MM-dd}" : $"meeting {meetingDate:yyyy-MM-dd}; reform pilot, legal risk: {risk}");
        Raise(new DecisionSubmittedToMeeting
        {
            OccurredAt = now, UnitId = UnitId, RecordId = Id, MeetingDate = meetingDate, ReviewedBeforeMeeting = risk is null, ReformPilotLegalRisk = risk,
        });
    }

    /// <summary>DEC-8: the meeting decides, with structured minutes; a deferred decision returns to the agenda later.</summary>
    public void Decide(CollectiveMeeting meeting, DateTimeOffset now)
    {
        DecisionRules.Dec8.Require(Status == DecisionStatus.OnAgenda, "只有列入会议议程的决策方可由会议讨论决定。", "Only a decision on the agenda is decided by the meeting.");
        DecisionRules.Dec8.Require(meeting.MeetingType is MeetingType.Executive or MeetingType.Plenary, "重大行政决策应当经政府常务会议或者全体会议讨论决定。", "A major decision is taken at the executive or the plenary meeting.");
        meeting.RequireHeldBetween(AgendaMeetingDate!.Value, "决策所列入议程的会议", "the meeting on whose agenda the decision is", StatutoryTime.DateOf(now), DecisionRules.Dec8);
        Meeting = meeting;
        var next = meeting.Outcome switch
        {
            MeetingOutcome.Adopted => DecisionStatus.Adopted,
            MeetingOutcome.Rejected => DecisionStatus.Rejected,
            _ => Review?.Conclusion is null ? DecisionStatus.CommentClosed : DecisionStatus.Reviewed,
        };
        var againstMajority = meeting.MajorityLeaning is { } leaning && leaning != meeting.Outcome;
        TransitionTo(next, now, $"{meeting.MeetingType} meeting {meeting.MeetingDate:yyyy-MM-dd}: {meeting.Outcome}"); // the minutes, the head's reason with them, are public once published
        Raise(new DecisionTaken
        {
            OccurredAt = now, UnitId = UnitId, RecordId = Id, Outcome = meeting.Outcome.ToString(), ReviewedBeforeMeeting = ReformPilotLegalRisk is null,
            HeadDecidedAgainstMajority = againstMajority, LegalOfficeHeadAttended = meeting.LegalOfficeHeadAttended == true,
        });
    }

    /// <summary>DEC-9: an adopted decision is published with the explanation of which opinions were adopted.</summary>
    public void Publish(string explanation, DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec9.Require(Status == DecisionStatus.Adopted, "只有经会议通过的决策方可公布。", "Only a decision the meeting adopted is published.");
        DecisionRules.Dec9.Require(!string.IsNullOrWhiteSpace(explanation), "公布决策时应当说明意见采纳情况。", "The publication explains which opinions were adopted.");
        DecisionRules.Dec9.Require(
            today >= Meeting!.MeetingDate && today <= StatutoryTime.DateOf(now),
            $"公布日期 {today:yyyy-MM-dd} 不得早于 {Meeting.MeetingDate:yyyy-MM-dd} 的会议，也不得晚于今日。", $"The publication records an act done on {today:yyyy-MM-dd}: not before the meeting of {Meeting.MeetingDate:yyyy-MM-dd}, nor after today.");
        PublishedOn = today;
        PublicationExplanation = explanation.Trim();
        TransitionTo(DecisionStatus.Published, now, "published and archived");
        Raise(new DecisionPublished { OccurredAt = now, UnitId = UnitId, RecordId = Id, Title = Title, PublishedOn = today });
    }

    /// <summary>
    /// DEC-10: evaluated by a unit other than the one that did the main pre-decision assessment;
    /// the result continues, adjusts, suspends (the head, with a reason) or stops execution.
    /// </summary>
    public Evaluation Evaluate(
        EvaluationTrigger trigger, string evaluatorUnitId, string evaluator, string findings, EvaluationResult result,
        bool majorAdjustment, bool majorLoss, string? head, string? reason, DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec10.Require(Status is DecisionStatus.Published or DecisionStatus.Suspended, "只有已公布并在执行中的决策方可进行决策后评估。", "Only a published decision in execution is evaluated.");
        var assessor = RiskAssessment?.AssessorUnitId ?? LeadUnitId;
        DecisionRules.Dec10.Require(
            evaluatorUnitId != LeadUnitId && evaluatorUnitId != assessor,
            "决策后评估不得由承担决策前主要论证评估工作的单位进行。", "The evaluator must not be the unit that did the main pre-decision assessment.");
        var evaluation = new Evaluation
        {
            Trigger = trigger, EvaluatorUnitId = evaluatorUnitId, Evaluator = evaluator, Findings = findings, Result = result,
            MajorAdjustment = result == EvaluationResult.Adjust && majorAdjustment, MajorLoss = majorLoss, EvaluatedOn = today,
        };
        switch (result)
        {
            case EvaluationResult.Suspend:
                Suspend(head, reason, now);
                break;
            case EvaluationResult.Stop:
                DecisionRules.Dec10.Require(!string.IsNullOrWhiteSpace(reason), "停止执行决策应当说明理由。", "Stopping a decision needs the reason.");
                StopReason = reason!.Trim();
                TransitionTo(DecisionStatus.Stopped, now, $"stopped after evaluation: {StopReason}");
                Raise(new DecisionStopped { OccurredAt = now, UnitId = UnitId, RecordId = Id, Reason = StopReason });
                break;
            default:
                RecordChange(Status.ToString(), Status.ToString(), now, $"evaluated: {result}{(evaluation.MajorAdjustment ? " (major adjustment: new procedure)" : "")}");
                break;
        }

        Evaluations.Add(evaluation);
        return evaluation;
    }

    /// <summary>Tells subscribers the evaluation's result, once any new procedure exists.</summary>
    public void AnnounceEvaluation(Evaluation evaluation, DateTimeOffset now) =>
        Raise(new DecisionEvaluated
        {
            OccurredAt = now, UnitId = UnitId, RecordId = Id, Result = evaluation.Result.ToString(), MajorLoss = evaluation.MajorLoss, NewProcedureId = evaluation.NewProcedureId,
        });

    /// <summary>DEC-10: a major adjustment starts a new procedure on the same catalogue item, linked to this one.</summary>
    public MajorDecision StartAdjustment(Evaluation evaluation, DecisionCatalogue catalogue, DateTimeOffset now)
    {
        DecisionRules.Dec10.Require(evaluation.MajorAdjustment && evaluation.NewProcedureId is null, "只有重大调整方可启动新的决策程序。", "Only a major adjustment starts a new procedure.");
        var next = Open(catalogue, CatalogueItemId, Title, Draft, RiskAssessmentRequired, ExpertReviewRequired, AffectsMarket, ReformPilot, itemHasProcedure: false, now, previousDecisionId: Id);
        evaluation.NewProcedureId = next.Id;
        return next;
    }

    /// <summary>DEC-10: 中止执行 — by the head, with a reason, shown publicly.</summary>
    public void Suspend(string? head, string? reason, DateTimeOffset now)
    {
        DecisionRules.Dec10.Require(Status == DecisionStatus.Published, "只有已公布并在执行中的决策方可暂停执行。", "Only a published decision in execution is suspended.");
        DecisionRules.Dec10.Require(!string.IsNullOrWhiteSpace(head) && !string.IsNullOrWhiteSpace(reason), "暂停执行应当由行政首长决定，并说明理由。", "Suspension is decided by the head, with the reason.");
        SuspendedBy = head!.Trim();
        SuspensionReason = reason!.Trim();
        TransitionTo(DecisionStatus.Suspended, now, $"suspended by {SuspendedBy}: {SuspensionReason}");
        Raise(new DecisionSuspended { OccurredAt = now, UnitId = UnitId, RecordId = Id, Reason = SuspensionReason });
    }

    /// <summary>Whether an accountability record is owed (DEC-11): an evaluation recorded a major loss.</summary>
    public bool AccountabilityOwed => Evaluations.Any(e => e.MajorLoss);

    private void RequireBeforeLegalityReview(Rule rule, string chinese, string english) =>
        rule.Require(Status is DecisionStatus.Drafting or DecisionStatus.OpenForComment or DecisionStatus.CommentClosed, chinese, english);

    /// <summary>DEC-5: a required assessment must exist, and a recorded uncontrollable risk blocks whether or not one was required.</summary>
    private void RequireRiskControllable()
    {
        DecisionRules.Dec5.Require(!RiskAssessmentRequired || RiskAssessment is not null, "该决策应当先进行风险评估。", "The decision needs its risk assessment first.");
        DecisionRules.Dec5.Require(
            RiskAssessment is null or { Controllable: true },
            $"风险评估（等级：{RiskAssessment?.Level}）认定风险不可控：重新评估认定风险可控前，决策程序不得继续。", $"The risk ({RiskAssessment?.Level}) was not found controllable: the decision cannot go further until a new assessment finds it controllable.");
    }
}
