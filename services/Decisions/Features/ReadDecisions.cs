using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Decisions.Features;

public sealed record DecisionQuery(string? UnitId, DecisionStatus? Status, int Page = 1, int PageSize = 20) : IUnitPagedQuery;

internal sealed class DecisionQueryValidator : UnitPagedQueryValidator<DecisionQuery>;

/// <summary>Reading decisions: the list, one decision as the caller may see it.</summary>
internal static class ReadDecisions
{
    public static void Map(RouteGroupBuilder decisions)
    {
        decisions.MapGet("/", async ([AsParameters] DecisionQuery query, DecisionsDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await new PageRequest(query.Page, query.PageSize).ApplyAsync(
                db.Decisions.AsNoTracking()
                    .Where(d => (query.UnitId == null || d.UnitId == query.UnitId) && (query.Status == null || d.Status == query.Status))
                    .OrderByDescending(d => d.OpenedAt)
                    .Select(d => new DecisionSummary(d.Id, d.UnitId, d.Title, d.Status, d.PublishedOn, d.OpenedAt)),
                ct)))
        .Validate<DecisionQuery>()
        .WithName("ListDecisions")
        .WithSummary("Lists decisions by unit and status, newest first.");

        decisions.MapGet("/{id:guid}", (Guid id, DecisionsDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
            db.Decisions.ShowAsync(id, d => DecisionResponse.From(d, RecordViews.Of(http, d), StatutoryTime.Today(time)), ct))
        .WithName("GetDecision")
        .WithSummary("A decision with every step of its procedure so far, overrides shown with their reasons; process information only to the unit's staff, the legal office and administrators until it is published.");
    }

    /// <summary>A decision's history: public, like the steps it records (their reasons hold no process information).</summary>
    public static void MapHistory(RouteGroupBuilder decisions) => decisions.MapHistory(DecisionClocks.RecordType);
}
