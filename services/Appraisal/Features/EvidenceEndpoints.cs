using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.Contracts.Decisions;
using RuleOfLaw.Contracts.NormativeDocuments;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>One piece of evidence as the API shows it.</summary>
public sealed record EvidenceResponse(Guid EventId, string EventType, string UnitId, Guid RecordId, DateTimeOffset OccurredAt, DateTimeOffset ReceivedAt);

public static class EvidenceEndpoints
{
    /// <summary>The events that make a record public: until one of them, what happened to it is the unit's process information (a draft, its review).</summary>
    private static readonly string[] Publications =
    [
        typeof(DocumentPublished).FullName!, typeof(DecisionPublished).FullName!, typeof(DecisionCataloguePublished).FullName!,
    ];

    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup($"{AppraisalService.Names.RoutePrefix}/units").WithTags("Evidence").WithPublicReads().WithIdempotentCreation();
        units.MapGet("/{unitId:maxlength(100)}/evidence", async ([AsParameters] PageRequest paging, string unitId, Guid? recordId, AppraisalDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var query = db.Evidence.AsNoTracking().Where(e => e.UnitId == unitId);
            if (RecordViews.For(http, unitId, Roles.AppraisalAdmin) != RecordView.Full)
            {
                // The public sees the evidence of published records only: not the ids of drafts, nor their steps.
                var published = db.Evidence.Where(p => p.UnitId == unitId && Publications.Contains(p.EventType)).Select(p => p.RecordId);
                query = query.Where(e => published.Contains(e.RecordId));
            }

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
        .WithSummary("The events received about a unit, newest first: the evidence its appraisal is computed from. The public sees those of published records; the unit's staff, the legal office, appraisal administrators and administrators see all.");
        return routes;
    }
}
