namespace RuleOfLaw.Decisions.Features;

/// <summary>A catalogue with its items as the API shows it.</summary>
public sealed record CatalogueResponse(Guid Id, string UnitId, int Year, CatalogueStatus Status, PartyApproval? Approval, DateOnly? PublishedOn, IReadOnlyList<CatalogueItem> Items)
{
    public static CatalogueResponse From(DecisionCatalogue c) => new(c.Id, c.UnitId, c.Year, c.Status, c.Approval, c.PublishedOn, c.Items);
}
