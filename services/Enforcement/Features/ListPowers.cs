using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Enforcement.Features;

/// <summary><c>?unitId=&amp;flagged=&amp;on=&amp;page=&amp;pageSize=</c>.</summary>
public sealed record PowerQuery(string? UnitId, bool? Flagged, DateOnly? On, int Page = 1, int PageSize = 20) : IPagedQuery;

internal sealed class PowerQueryValidator : PagedQueryValidator<PowerQuery>
{
    public PowerQueryValidator() => RuleFor(x => x.UnitId).MaximumLength(100);
}

internal static class ListPowers
{
    public static void Map(RouteGroupBuilder enforcement)
    {
        enforcement.MapGet("/powers", async ([AsParameters] PowerQuery query, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var day = query.On ?? StatutoryTime.Today(time);
            var powers = db.Powers.AsNoTracking()
                .Where(p => query.UnitId == null || p.UnitId == query.UnitId)
                .Where(p => query.Flagged == null || (p.BasisFlag != null) == query.Flagged)
                .OrderBy(p => p.UnitId).ThenBy(p => p.Code);
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(powers, p => PowerResponse.From(p, day), ct));
        })
        .Validate<PowerQuery>()
        .WithName("ListPowers")
        .WithSummary("The powers lists with their bases and versions; ?flagged=true lists bases citing a document not in force (public, ENF-1).");

        enforcement.MapGet("/powers/{id:guid}", (Guid id, DateOnly? on, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
            db.Powers.ShowAsync(id, power => PowerResponse.From(power, on ?? StatutoryTime.Today(time)), ct))
        .WithName("GetPower")
        .WithSummary("One power with every version and the one in effect on a day (public, ENF-1).");

        enforcement.MapGet("/documents/{number:maxlength(60)}", (string number, EnforcementDbContext db, CancellationToken ct) =>
            db.Documents.ShowAsync(d => d.Number == number, _ => true, KnownDocumentResponse.From, ct))
        .WithName("GetKnownDocument")
        .WithSummary("This service's view of a normative document by number, built from the documents service's events (public, ENF-1).");
    }
}
