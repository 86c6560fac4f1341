using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.NormativeDocuments.Features;

internal static class ListComments
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapGet("/{id:guid}/comments", (Guid id, DocumentsDbContext db, HttpContext http, CancellationToken ct) =>
            db.Documents.ShowAsync(id, d =>
            {
                // Dispositions are the unit's working notes until it publishes them.
                Func<PublicComment, CommentResponse> show = d.DispositionsPublic || RecordViews.For(http, d.UnitId) == RecordView.Full
                    ? CommentResponse.From
                    : CommentResponse.WithoutDisposition;
                return d.Comments.OrderBy(c => c.SubmittedAt).Select(show).ToList();
            }, ct))
        .WithName("ListComments")
        .WithSummary("The comments with their dispositions, shown to the public once published (DOC-2).");
}
