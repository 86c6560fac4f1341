using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>
/// A normative document as the API shows it; <c>inForce</c> is as of today (China Standard Time).
/// Process information is shown per <see cref="RecordView"/>: see <see cref="From"/>.
/// </summary>
public sealed record DocumentResponse(
    Guid Id,
    string UnitId,
    string Title,
    string? Body,
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
    /// <summary>
    /// The document as <paramref name="view"/> shows it. Process information (过程性信息) is for the
    /// unit's staff, the legal office and administrators until the step that publishes it: the text once
    /// its comment period opens (DOC-2) or it is published, the members' positions in the minutes once
    /// it is published. The fair-competition review, the legality opinion and the filing review's opinion,
    /// each with its checklist, stay with them; the filing review's outcome is public (DOC-10, DOC-11).
    /// </summary>
    public static DocumentResponse From(NormativeDocument d, DateOnly today, RecordView view)
    {
        var full = view == RecordView.Full;
        var published = d.Number is not null;
        return new(
            d.Id, d.UnitId, d.Title, full || d.TextPublicOn(today) ? d.Body : null, d.Competence, d.AffectsRights, d.MarketRelated, d.Provisional, d.Status, d.Number,
            d.PublishedOn, d.EffectiveFrom, d.ExpiresOn, d.LeftForceOn, d.InForceOn(today), d.Consultation?.OpensOn, d.Consultation?.ClosesOn,
            d.CommentFeedback, full ? d.FairCompetitionReview : null, full ? d.Review : null, full || published ? d.Discussion : d.Discussion?.WithoutMinutes(),
            d.Filing, d.FiledOn, d.SuspendedClauses, full ? d.FilingReview : d.FilingReview?.WithoutOpinion(), d.CurrentVersion, d.DraftedAt);
    }
}
