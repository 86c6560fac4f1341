namespace RuleOfLaw.NormativeDocuments.Features;

internal static class GetCleanup
{
    public static void Map(RouteGroupBuilder cleanup) =>
        cleanup.MapGet("/{id:guid}", (Guid id, DocumentsDbContext db, HttpContext http, CancellationToken ct) =>
            db.CleanupCampaigns.ShowAsync(
                c => c.Id == id,
                c => c.Status == CleanupStatus.Published || RecordViews.For(http, c.UnitId) == RecordView.Full,
                CleanupResponse.From,
                ct))
        .WithName("GetCleanup")
        .WithSummary("A cleanup campaign and its results: public once published, until then only to the legal office, administrators and the unit's staff (DOC-8).");
}
