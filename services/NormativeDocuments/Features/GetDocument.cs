using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.NormativeDocuments.Data;

namespace RuleOfLaw.NormativeDocuments.Features;

internal static class GetDocument
{
    public static void MapGetDocument(this RouteGroupBuilder documents) =>
        documents.MapGet("/{id:guid}", async Task<Results<Ok<DocumentResponse>, NotFound>> (Guid id, DocumentsDbContext db, CancellationToken ct) =>
            await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) is { } document
                ? TypedResults.Ok(DocumentResponse.From(document))
                : TypedResults.NotFound())
        .WithName("GetDocument")
        .WithSummary("A normative document by id.");
}
