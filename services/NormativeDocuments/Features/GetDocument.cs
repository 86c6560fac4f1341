namespace RuleOfLaw.NormativeDocuments.Features;

internal static class GetDocument
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapGet("/{id:guid}", (Guid id, DocumentsDbContext db, DocumentCommands commands, TimeProvider time, HttpContext http, CancellationToken ct) =>
            db.Documents.ShowAsync(id, d =>
            {
                ETags.Set(http, d);
                return commands.Show(d, StatutoryTime.Today(time));
            }, ct))
        .WithName("GetDocument")
        .WithSummary("A normative document by id, with whether it is in force today; process information only to the unit's staff, the legal office and administrators until it is published.");
}
