using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>A normative document as the API shows it; <c>inForce</c> is as of today (China Standard Time).</summary>
public sealed record DocumentResponse(
    Guid Id,
    string UnitId,
    string Title,
    string Body,
    string Competence,
    bool AffectsRights,
    bool MarketRelated,
    bool Provisional,
    DocumentStatus Status,
    string? Number,
    DateOnly? PublishedOn,
    DateOnly? EffectiveFrom,
    DateOnly? ExpiresOn,
    DateOnly? LeftForceOn,
    bool InForce,
    DateOnly? CommentOpensOn,
    DateOnly? CommentClosesOn,
    string? CommentFeedback,
    string? FairCompetitionReview,
    LegalityReview? LegalityReview,
    CollectiveMeeting? CollectiveDiscussion,
    FilingStatus Filing,
    DateOnly? FiledOn,
    IReadOnlyList<SuspendedClause> SuspendedClauses,
    FilingReview? FilingReview,
    int Version,
    DateTimeOffset DraftedAt)
{
    public static DocumentResponse From(NormativeDocument d, DateOnly today) =>
        new(d.Id, d.UnitId, d.Title, d.Body, d.Competence, d.AffectsRights, d.MarketRelated, d.Provisional, d.Status, d.Number,
            d.PublishedOn, d.EffectiveFrom, d.ExpiresOn, d.LeftForceOn, d.InForceOn(today), d.Consultation?.OpensOn, d.Consultation?.ClosesOn,
            d.CommentFeedback, d.FairCompetitionReview, d.Review, d.Discussion, d.Filing, d.FiledOn, d.SuspendedClauses, d.FilingReview, d.CurrentVersion, d.DraftedAt);
}
