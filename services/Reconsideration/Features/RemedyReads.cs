using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary><c>?page=&amp;pageSize=</c>, newest first.</summary>
public sealed record RemedyQuery(int Page = 1, int PageSize = 20) : IPagedQuery;

internal sealed class RemedyQueryValidator : PagedQueryValidator<RemedyQuery>;

/// <summary>
/// The reads every litigation, mediation, petition and compensation record has: the record with its deadlines,
/// the list, the history; each only for those <see cref="RemedyAccess"/> lets see it (anyone else: 404).
/// </summary>
internal static class RemedyReads
{
    public static void Map<TRecord, TResponse>(RouteGroupBuilder group, string name, string plural, Func<TRecord, TResponse> show)
        where TRecord : AggregateRoot, IClockedRecord, IConcernsUnit
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<TResponse>, NotFound>> (Guid id, ReconsiderationDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var record = await db.Set<TRecord>().AsNoTracking().VisibleTo(http).SingleOrDefaultAsync(r => r.Id == id, ct);
            if (record is null)
            {
                return TypedResults.NotFound();
            }

            return TypedResults.Ok(await db.ShowWithClocksAsync(record, http, show, ct));
        })
        .RequireAuthorization()
        .WithName($"Get{name}")
        .WithSummary($"A {name} with its deadlines: the legal/reconsideration organ, or staff of the unit it concerns (anyone else: 404).");

        group.MapGet("/", async ([AsParameters] RemedyQuery query, ReconsiderationDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var visible = db.Set<TRecord>().AsNoTracking().VisibleTo(http).OrderByDescending(r => r.Id);
            return TypedResults.Ok(await db.ShowPageWithClocksAsync(visible, query, show, ct));
        })
        .RequireAuthorization()
        .Validate<RemedyQuery>()
        .WithName($"List{plural}")
        .WithSummary($"The {plural} the caller may see, newest first: all for the legal/reconsideration organ, its own unit's for staff.");

        group.MapGet("/{id:guid}/history", async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> (Guid id, ReconsiderationDbContext db, HttpContext http, CancellationToken ct) =>
        {
            if (!await db.Set<TRecord>().AsNoTracking().VisibleTo(http).AnyAsync(r => r.Id == id, ct))
            {
                return TypedResults.NotFound();
            }

            return TypedResults.Ok(await HistoryEndpoints.ListAsync(db, typeof(TRecord).Name, id, ct));
        })
        .RequireAuthorization()
        .WithName($"Get{name}History")
        .WithSummary($"History of a {name}: who changed it, when, from which state to which, and why.");
    }
}
