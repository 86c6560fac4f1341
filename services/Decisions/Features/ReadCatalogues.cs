using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Decisions.Features;

public sealed record CatalogueQuery(string? UnitId, int? Year, CatalogueStatus? Status, int Page = 1, int PageSize = 20) : IUnitPagedQuery;

internal sealed class CatalogueQueryValidator : UnitPagedQueryValidator<CatalogueQuery>;

/// <summary>
/// Reading catalogues: a published catalogue is public; one in preparation is its unit's process
/// information, shown only to its staff, the legal office and administrators (DEC-1).
/// </summary>
internal static class ReadCatalogues
{
    public static void Map(RouteGroupBuilder catalogues)
    {
        catalogues.MapGet("/", async ([AsParameters] CatalogueQuery query, DecisionsDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var everyUnit = RecordViews.SeesEveryUnit(http);
            var ownUnit = RecordViews.StaffUnitOf(http.User);
            var found = db.Catalogues.AsNoTracking()
                .Where(c => c.Status == CatalogueStatus.Published || everyUnit || c.UnitId == ownUnit)
                .Where(c => (query.UnitId == null || c.UnitId == query.UnitId) && (query.Year == null || c.Year == query.Year) && (query.Status == null || c.Status == query.Status))
                .OrderByDescending(c => c.Year).ThenBy(c => c.UnitId);
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(found, CatalogueResponse.From, ct));
        })
        .Validate<CatalogueQuery>()
        .WithName("ListCatalogues")
        .WithSummary("Lists catalogues by unit, year and status; published catalogues are public, one in preparation only to its unit's staff, the legal office and administrators (DEC-1).");

        catalogues.MapGet("/{id:guid}", (Guid id, DecisionsDbContext db, HttpContext http, CancellationToken ct) =>
            db.Catalogues.ShowAsync(id, c => ShownTo(http, c), CatalogueResponse.From, ct))
        .WithName("GetCatalogue")
        .WithSummary("A catalogue with its items; items added after publication are marked, with the reason. One in preparation only to its unit's staff, the legal office and administrators (DEC-1).");
    }

    /// <summary>A catalogue's history reads like the catalogue: public once published.</summary>
    public static void MapHistory(RouteGroupBuilder catalogues) =>
        catalogues.MapHistory<DecisionCatalogue>(c => c.Status == CatalogueStatus.Published);

    private static bool ShownTo(HttpContext http, DecisionCatalogue catalogue) =>
        catalogue.Status == CatalogueStatus.Published || RecordViews.For(http, catalogue.UnitId) == RecordView.Full;
}
