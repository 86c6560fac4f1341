using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Procedures.Meeting;

namespace RuleOfLaw.Decisions.Features;

/// <summary>
/// A major decision as the API shows it. Overrides (a shortened comment period, a reform pilot's legal
/// risk, a suspension) are shown with their reasons. Process information is shown per <see cref="RecordView"/>:
/// see <see cref="As"/>.
/// </summary>
public sealed record DecisionResponse(
    Guid Id,
    string UnitId,
    Guid CatalogueId,
    Guid CatalogueItemId,
    string LeadUnitId,
    string Title,
    string? Draft,
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
    /// <summary>The decision as <paramref name="view"/> shows it on <paramref name="today"/>.</summary>
    public static DecisionResponse From(MajorDecision d, RecordView view, DateOnly today) =>
        new DecisionResponse(
            d.Id, d.UnitId, d.CatalogueId, d.CatalogueItemId, d.LeadUnitId, d.Title, d.Draft, d.Status, d.RiskAssessmentRequired, d.ExpertReviewRequired,
            d.AffectsMarket, d.ReformPilot, d.PreviousDecisionId, ConsultationResponse.From(d.Consultation, d.Comments), d.Hearing, d.ExpertOpinions, d.RiskAssessment,
            d.FairCompetitionReview, d.Review, d.AgendaMeetingDate, d.ReformPilotLegalRisk, d.Meeting, d.PublishedOn, d.PublicationExplanation,
            d.Evaluations, d.SuspendedBy, d.SuspensionReason, d.StopReason, d.AccountabilityOwed, d.OpenedAt).As(view, today);

    /// <summary>
    /// What <paramref name="view"/> shows. Process information (过程性信息) is for the unit's staff, the
    /// legal office and administrators until the step that publishes it: the draft once its comment
    /// period opens (DEC-2), the minutes with the members' positions once the decision is published
    /// (DEC-8, DEC-9). Expert opinions, the risk report, the fair-competition review and the legality
    /// opinion with its checklist stay with them: the publication's explanation says which opinions were
    /// adopted (DEC-9). Overrides stay public with their reasons.
    /// </summary>
    public DecisionResponse As(RecordView view, DateOnly today) =>
        view == RecordView.Full ? this : this with
        {
            Draft = PublishedOn is not null || Consultation?.OpensOn <= today ? Draft : null,
            ExpertOpinions = [],
            RiskAssessment = null,
            FairCompetitionReview = null,
            LegalityReview = null,
            Meeting = PublishedOn is null ? Meeting?.WithoutMinutes() : Meeting,
        };
}
