using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Procedures.Meeting;

namespace RuleOfLaw.Decisions.Features;

/// <summary>A major decision as the API shows it. Overrides (a shortened comment period, a reform pilot's legal risk, a suspension) are shown with their reasons.</summary>
public sealed record DecisionResponse(
    Guid Id,
    string UnitId,
    Guid CatalogueId,
    Guid CatalogueItemId,
    string LeadUnitId,
    string Title,
    string Draft,
    DecisionStatus Status,
    bool RiskAssessmentRequired,
    bool ExpertReviewRequired,
    bool AffectsMarket,
    bool ReformPilot,
    Guid? PreviousDecisionId,
    ConsultationResponse? Consultation,
    Hearing? Hearing,
    IReadOnlyList<ExpertOpinion> ExpertOpinions,
    RiskAssessment? RiskAssessment,
    string? FairCompetitionReview,
    LegalityReview? LegalityReview,
    DateOnly? AgendaMeetingDate,
    string? ReformPilotLegalRisk,
    CollectiveMeeting? Meeting,
    DateOnly? PublishedOn,
    string? PublicationExplanation,
    IReadOnlyList<Evaluation> Evaluations,
    string? SuspendedBy,
    string? SuspensionReason,
    string? StopReason,
    bool AccountabilityOwed,
    DateTimeOffset OpenedAt)
{
    public static DecisionResponse From(MajorDecision d) =>
        new(d.Id, d.UnitId, d.CatalogueId, d.CatalogueItemId, d.LeadUnitId, d.Title, d.Draft, d.Status, d.RiskAssessmentRequired, d.ExpertReviewRequired,
            d.AffectsMarket, d.ReformPilot, d.PreviousDecisionId, ConsultationResponse.From(d.Consultation), d.Hearing, d.ExpertOpinions, d.RiskAssessment,
            d.FairCompetitionReview, d.Review, d.AgendaMeetingDate, d.ReformPilotLegalRisk, d.Meeting, d.PublishedOn, d.PublicationExplanation,
            d.Evaluations, d.SuspendedBy, d.SuspensionReason, d.StopReason, d.AccountabilityOwed, d.OpenedAt);
}

/// <summary>A decision in a list.</summary>
public sealed record DecisionSummary(Guid Id, string UnitId, string Title, DecisionStatus Status, DateOnly? PublishedOn, DateTimeOffset OpenedAt);
