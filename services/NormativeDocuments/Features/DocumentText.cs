using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>The text of a document as the caller may read it: a draft's is process information until its comment period opens (DOC-2).</summary>
internal static class DocumentText
{
    /// <summary>
    /// What <paramref name="show"/> makes of the document's versions, or 404 when there is no such document,
    /// the caller may not read its text yet, or <paramref name="show"/> answers null.
    /// </summary>
    public static Task<Results<Ok<TResponse>, NotFound>> ShowTextAsync<TResponse>(
        this DocumentsDbContext db, Guid id, TimeProvider time, HttpContext http, Func<NormativeDocument, TResponse?> show, CancellationToken ct) =>
        db.Documents.ShowAsync(
            d => d.Id == id,
            d => d.TextPublicOn(StatutoryTime.Today(time)) || RecordViews.Of(http, d) == RecordView.Full,
            show,
            ct);
}
