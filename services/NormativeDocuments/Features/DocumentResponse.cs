using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>A normative document as the API shows it.</summary>
public sealed record DocumentResponse(
    Guid Id,
    string UnitId,
    string Title,
    string Body,
    bool AffectsRights,
    bool MarketRelated,
    bool Provisional,
    DocumentStatus Status,
    DateTimeOffset DraftedAt)
{
    public static DocumentResponse From(NormativeDocument d) =>
        new(d.Id, d.UnitId, d.Title, d.Body, d.AffectsRights, d.MarketRelated, d.Provisional, d.Status, d.DraftedAt);
}
