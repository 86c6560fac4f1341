using RuleOfLaw.BuildingBlocks.Access;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Validation;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>One piece of evidence as the API shows it.</summary>
public sealed record EvidenceResponse(Guid EventId, string EventType, string UnitId, Guid RecordId, DateTimeOffset OccurredAt, DateTimeOffset ReceivedAt);

public static class EvidenceEndpoints
{
    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup($"{AppraisalService.Identity.RoutePrefix}/units").WithTags("Evidence").WithPublicReads();
        units.MapGet("/{unitId:maxlength(100)}/evidence", async ([AsParameters] PageRequest paging, string unitId, Guid? recordId, AppraisalDbContext db, CancellationToken ct) =>
        {
            var query = db.Evidence.AsNoTracking().Where(e => e.UnitId == unitId);
            if (recordId is { } record)
            {
                query = query.Where(e => e.RecordId == record);
            }

            var page = await paging.ApplyAsync(
                query.OrderByDescending(e => e.OccurredAt).ThenBy(e => e.EventId)
                    .Select(e => new EvidenceResponse(e.EventId, e.EventType, e.UnitId, e.RecordId, e.OccurredAt, e.ReceivedAt)),
                ct);
            return TypedResults.Ok(page);
        })
        .Validate<PageRequest>()
        .WithName("GetUnitEvidence")
        .WithSummary("The events received about a unit, newest first: the evidence its appraisal is computed from.");
        return routes;
    }
}
