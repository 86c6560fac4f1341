using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>The list of rectifications: by cycle, unit and whether overdue.</summary>
public sealed record RectificationQuery(Guid? CycleId, string? UnitId, bool? Overdue, int Page = 1, int PageSize = 20) : IPagedQuery;

internal sealed class RectificationQueryValidator : PagedQueryValidator<RectificationQuery>
{
    public RectificationQueryValidator()
    {
        RuleFor(x => x.UnitId).MaximumLength(RecordMapping.UnitIdLength);
    }
}

internal static class ReadRectifications
{
    public static void Map(RouteGroupBuilder rectifications)
    {
        rectifications.MapGet("/", async ([AsParameters] RectificationQuery query, AppraisalDbContext db, CancellationToken ct) =>
        {
            var rows = db.Rectifications.AsNoTracking();
            rows = query.CycleId is { } cycle ? rows.Where(r => r.CycleId == cycle) : rows;
            rows = query.UnitId is { Length: > 0 } unit ? rows.Where(r => r.UnitId == unit) : rows;
            rows = query.Overdue is { } overdue ? rows.Where(r => r.Overdue == overdue) : rows;
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(rows.OrderByDescending(r => r.Year).ThenBy(r => r.UnitId).ThenBy(r => r.Id), RectificationResponse.From, ct));
        })
        .Validate<RectificationQuery>()
        .WithName("ListRectifications")
        .WithSummary("Units ordered to rectify (APP-3), newest cycle first, with their deadlines and whether they are overdue; filters cycleId, unitId, overdue. Public, like the notice that ordered them.");

        rectifications.MapGet("/{id:guid}", (Guid id, AppraisalDbContext db, CancellationToken ct) => db.Rectifications.ShowAsync(id, RectificationResponse.From, ct))
            .WithName("GetRectification")
            .WithSummary("A rectification: the order, its deadline, the unit's report and the administrator's finding (APP-3). Public.");

        rectifications.MapHistory(AppraisalClocks.RecordType);
    }
}
