using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Reconsideration.Domain;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>A statutory deadline of the case as the applicant and the office see it.</summary>
public sealed record DeadlineResponse(string Kind, string RuleId, DateOnly DueDate, ClockStatus Status);

/// <summary>A reconsideration case: its status, its deadlines and the documents issued in it.</summary>
public sealed record CaseResponse(
    Guid Id,
    string Number,
    CaseStatus Status,
    string ApplicantName,
    string RespondentUnitId,
    string ActReference,
    string ActDescription,
    bool FailureToAct,
    DateOnly ActOn,
    DateOnly LearnedOn,
    bool ToldOfRight,
    decimal? ContestedAmount,
    string Request,
    Guid? EnforcementCaseId,
    DateOnly ReceivedOn,
    bool Late,
    string? LateReason,
    DateOnly? CorrectionRequestedOn,
    string? CorrectionItems,
    DateOnly? CorrectedOn,
    DateOnly? AcceptedOn,
    bool DeemedAccepted,
    DateOnly? RefusedOn,
    string? RefusalReason,
    string? CompetentOrgan,
    ProcedureKind Procedure,
    SimplifiedGround? SimplifiedGround,
    bool Major,
    IReadOnlyList<string> Officers,
    DateOnly? CopySentOn,
    DateOnly? AnsweredOn,
    DateOnly? HearingNoticeOn,
    DateOnly? HearingOn,
    string? HearingPresider,
    IReadOnlyList<string> HearingOfficers,
    string? HearingClerk,
    DateOnly? HearingHeldOn,
    IReadOnlyList<ReviewStep> ReviewSteps,
    DateOnly? SuspendedOn,
    string? SuspensionReason,
    int? ExtensionDays,
    string? ExtensionReason,
    string? DocumentNumber,
    IReadOnlyList<string> Clauses,
    bool IncidentalReviewPending,
    string? IncidentalReviewOutcome,
    IReadOnlyList<string> SuspendedClauses,
    string? MediationTerms,
    Outcome? Outcome,
    DateOnly? DecidedOn,
    string? Reasoning,
    decimal? VariedAmount,
    bool Settled,
    bool DecisionOverdue,
    bool DecidedLate,
    IReadOnlyList<DeadlineResponse> Deadlines,
    IReadOnlyList<CaseDocument> Documents)
{
    public static CaseResponse From(ReconsiderationCase c) => new(
        c.Id, c.Number, c.Status, c.ApplicantName, c.RespondentUnitId, c.ActReference, c.ActDescription, c.FailureToAct, c.ActOn, c.LearnedOn, c.ToldOfRight,
        c.ContestedAmount, c.Request, c.EnforcementCaseId, c.ReceivedOn, c.Late, c.LateReason, c.CorrectionRequestedOn, c.CorrectionItems, c.CorrectedOn,
        c.AcceptedOn, c.DeemedAccepted, c.RefusedOn, c.RefusalReason, c.CompetentOrgan, c.Procedure, c.SimplifiedGround, c.Major, c.Officers,
        c.CopySentOn, c.AnsweredOn, c.HearingNoticeOn, c.HearingOn, c.HearingPresider, c.HearingOfficers, c.HearingClerk, c.HearingHeldOn, c.ReviewSteps,
        c.SuspendedOn, c.SuspensionReason, c.ExtensionDays, c.ExtensionReason, c.DocumentNumber, c.Clauses, c.IncidentalReviewPending,
        c.IncidentalReviewOutcome, c.SuspendedClauses, c.MediationTerms, c.Outcome, c.DecidedOn, c.Reasoning, c.VariedAmount, c.Settled,
        c.DecisionOverdue, c.DecidedLate,
        [.. c.Clocks.OrderBy(k => k.StartDate).ThenBy(k => k.DueDate).Select(k => new DeadlineResponse(k.Kind, k.RuleId, k.DueDate, k.Status))],
        c.Documents);
}
