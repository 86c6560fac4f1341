using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>规范性文件清理 (DOC-8): a campaign over one unit's documents in force, or the district's when no unit is given.</summary>
public sealed record StartCleanupRequest(string Name, string? UnitId);

internal sealed class StartCleanupValidator : AbstractValidator<StartCleanupRequest>
{
    public StartCleanupValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.UnitId).MaximumLength(RecordMapping.UnitIdLength);
    }
}

internal static class StartCleanup
{
    public static void Map(RouteGroupBuilder cleanup) =>
        cleanup.MapPost("/", async (StartCleanupRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
        {
            var c = await commands.ContextAsync(ct);
            var today = c.Today;
            var inForce = db.Documents.Where(d => d.Status == DocumentStatus.Published && d.EffectiveFrom <= today && today <= d.ExpiresOn);
            if (request.UnitId is { Length: > 0 } unit)
            {
                inForce = inForce.Where(d => d.UnitId == unit);
            }

            var campaign = CleanupCampaign.Start(request.Name.Trim(), request.UnitId ?? "district", await inForce.OrderBy(d => d.Number).ToListAsync(ct), today, c.Now);
            db.CleanupCampaigns.Add(campaign);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{NormativeDocumentsService.Names.RoutePrefix}/cleanup-campaigns/{campaign.Id}", CleanupResponse.From(campaign));
        })
        .Validate<StartCleanupRequest>()
        .WithRequestExample(Examples.Cleanup)
        .ForSupervisingBody()
        .WithName("StartCleanup")
        .WithSummary("Starts a cleanup campaign listing every document in force, of one unit or the district (DOC-8).");
}
