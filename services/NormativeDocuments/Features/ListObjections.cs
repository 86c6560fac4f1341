namespace RuleOfLaw.NormativeDocuments.Features;

internal static class ListObjections
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapGet("/{id:guid}/objections", async (Guid id, DocumentsDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Objections.AsNoTracking().Where(o => o.DocumentId == id).OrderBy(o => o.SubmittedOn).ToListAsync(ct)).Select(ObjectionResponse.From).ToList()))
        .WithTags("Objections")
        .WithName("ListObjections")
        .WithSummary("The objections to a document with their published answers.");
}
