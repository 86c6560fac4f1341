namespace RuleOfLaw.Web.Gateway;

// The parts of the API's answers and requests this app uses (see the OpenAPI documents at /openapi/*.json).
// Enumerations stay strings here: the API writes their names, and Text.cs says them in Chinese.

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

public sealed record RegisterItem(
    Guid Id, string Number, string Title, string UnitId, string Status, DateOnly PublishedOn,
    DateOnly EffectiveFrom, DateOnly ExpiresOn, DateOnly? LeftForceOn, IReadOnlyList<string> SuspendedClauses, int Version);

public sealed record DocumentView(
    Guid Id, string UnitId, string Title, string? Body, string Competence, bool AffectsRights, bool MarketRelated, bool Provisional,
    string Status, string? Number, DateOnly? PublishedOn, DateOnly? EffectiveFrom, DateOnly? ExpiresOn, DateOnly? LeftForceOn, bool InForce,
    DateOnly? CommentOpensOn, DateOnly? CommentClosesOn, string? CommentFeedback, int Version, DateTimeOffset DraftedAt);

public sealed record VersionView(int Number, string Title, string Body, DateTimeOffset CreatedAt, string? Reason);

public sealed record ComparedLine(string Change, string Text);

public sealed record VersionComparison(int From, int To, IReadOnlyList<ComparedLine> Lines);

public sealed record CommentView(Guid Id, string? Author, string Content, DateTimeOffset SubmittedAt, string? Disposition, string? DispositionReason);

public sealed record ObjectionView(Guid Id, Guid DocumentId, string? Objector, string Content, string Status, DateOnly SubmittedOn, DateOnly AnswerDueOn, string? Answer, DateOnly? AnsweredOn);

/// <summary>A draft open for public comment (<c>GET /api/documents/consultations</c>).</summary>
public sealed record ConsultationView(Guid Id, string UnitId, string Title, DateOnly OpensOn, DateOnly ClosesOn);

public sealed record DeadlineView(string Kind, string RuleId, DateOnly DueDate, string Status);

/// <summary>A document on a unit's desk (<c>GET /api/documents/in-progress</c>): not yet published, or published and not yet filed.</summary>
public sealed record DocumentInProgress(Guid Id, string UnitId, string Title, string Status, string? Number, DateOnly DraftedOn, IReadOnlyList<DeadlineView> Deadlines);

/// <summary>An open enforcement case on a unit's desk (<c>GET /api/enforcement/cases/in-progress</c>) with the clocks that still count.</summary>
public sealed record EnforcementWork(Guid Id, string Number, string UnitId, string Status, string PowerName, string PartyName, DateOnly OpenedOn, IReadOnlyList<DeadlineView> Deadlines);

/// <summary>An enforcement case file as its unit's staff and the legal office read it (<c>GET /api/enforcement/cases/{id}</c>).</summary>
public sealed record EnforcementCaseView(
    Guid Id, string Number, string UnitId, string Status, string PowerCode, string PowerName, string PartyName, string Facts, DateOnly ActOn, DateOnly OpenedOn,
    DateOnly? NoticeOn, DateOnly DecisionDueOn, bool DecisionOverdue, DateOnly? DecidedOn, DateOnly? ServedOn, DateOnly? ClosedOn, DateOnly? WithdrawalDueOn, DateOnly? WithdrawnOn);

public sealed record CaseView(
    Guid Id, string Number, string Status, string ApplicantName, string RespondentUnitId, string ActReference, string ActDescription,
    DateOnly ActOn, DateOnly LearnedOn, DateOnly ReceivedOn, bool Late, DateOnly? AcceptedOn, DateOnly? RefusedOn, string? RefusalReason,
    string Procedure, string? Outcome, DateOnly? DecidedOn, IReadOnlyList<DeadlineView> Deadlines);

public sealed record Indicator(string Code, string Name, int Level, string? ParentCode, int Weight, string? Computation);

public sealed record CycleView(Guid Id, int Year, string Name, IReadOnlyList<Indicator> Indicators, string Status, decimal PassMark, decimal CommendationThreshold);

public sealed record IndicatorScore(string IndicatorCode, decimal Computed, decimal Adjustment, decimal Score, IReadOnlyList<Guid> EventIds);

public sealed record UnitScores(string UnitId, decimal Total, IReadOnlyList<IndicatorScore> Indicators);

public sealed record AdjustmentView(Guid Id, string UnitId, string IndicatorCode, decimal Points, string Reason, string Actor, DateTimeOffset At);

public sealed record CycleScores(Guid CycleId, int Year, IReadOnlyList<UnitScores> Units, IReadOnlyList<AdjustmentView> Adjustments);

// Requests

public sealed record DraftDocumentRequest(string UnitId, string Competence, string Title, string? Body, bool AffectsRights, bool MarketRelated, bool Provisional);

public sealed record LegalityChecklist(
    bool? CreatesLicences, bool? CreatesPenalties, bool? CreatesCoerciveMeasures, bool? CreatesFees, bool? ReducesRightsOrAddsObligationsWithoutBasis, bool? RestrictsCompetition);

public sealed record LegalityReviewRequest(LegalityChecklist Checklist, string Conclusion, string Opinion);

public sealed record CollectiveMeetingRequest(DateOnly MeetingDate, string MeetingType, string Outcome, string Minutes);

public sealed record PublishRequest(DateOnly EffectiveFrom, DateOnly ExpiresOn);

public sealed record SubmitCommentRequest(string? Author, string Content);

public sealed record SubmitObjectionRequest(string? Objector, string Content);

public sealed record ApplyRequest(
    string RespondentUnitId, string ActReference, string ActDescription, bool FailureToAct, DateOnly ActOn, DateOnly LearnedOn, bool ToldOfRight,
    decimal? ContestedAmount, string Request, Guid? EnforcementCaseId, string? DocumentNumber, IReadOnlyList<string>? Clauses, string? LateReason);

public sealed record AcceptCaseRequest(DateOnly AcceptedOn, string Procedure, string? SimplifiedGround, bool Major);

public sealed record DecisionSummary(Guid Id, string UnitId, string Title, string Status, DateOnly? PublishedOn);
