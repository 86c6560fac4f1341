namespace RuleOfLaw.NormativeDocuments.Features;

internal static class ListVersions
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapGet("/{id:guid}/versions", (Guid id, DocumentsDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
            db.ShowTextAsync(id, time, http, d => d.Versions.OrderBy(v => v.Number).Select(v => new VersionResponse(v.Number, v.Title, v.Body, v.CreatedAt, v.Reason)).ToList(), ct))
        .WithTags("Public register")
        .WithName("ListVersions")
        .WithSummary("Every version of the document's text, oldest first (DOC-12); a draft's only once its comment period opens, except to the unit's staff, the legal office and administrators.");
}
