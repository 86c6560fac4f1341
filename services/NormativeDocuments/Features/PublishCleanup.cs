namespace RuleOfLaw.NormativeDocuments.Features;

internal static class PublishCleanup
{
    public static void Map(RouteGroupBuilder cleanup) =>
        cleanup.MapPost("/{id:guid}/publish", (Guid id, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(db.CleanupCampaigns, id, async (campaign, c) =>
            {
                var ids = campaign.Items.Select(i => i.DocumentId).ToList();
                var affected = await db.Documents.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
                campaign.Publish(affected, c.Today, c.Now);
            }, CleanupResponse.From, ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForSupervisingBody()
        .WithName("PublishCleanup")
        .WithSummary("Publishes the results once every document has one; repealed documents leave force on their day (DOC-8).");
}
