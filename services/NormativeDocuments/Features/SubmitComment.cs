using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>
/// Anyone comments on a draft open for comment, signed or anonymous (DOC-2). A comment is an insert
/// beside the document: the document is read without its earlier comments and is not rewritten.
/// </summary>
internal static class SubmitComment
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/comments", (Guid id, SubmitCommentRequest request, RecordCommands commands, DocumentsDbContext db, HttpContext http, CancellationToken ct) =>
            commands.AddAsync(
                db.Documents,
                id,
                // A signed-in commenter signs with the name in their token, not one the client sends.
                (document, time) => Task.FromResult(CommentResponse.From(document.Comment(CallerClaims.NameOf(http.User) ?? request.Author, request.Content, time.Today, time.Now))),
                comment => $"{http.Request.PathBase}{http.Request.Path}/{comment.Id}",
                ct))
        .Validate<SubmitCommentRequest>()
        .WithRequestExample(Examples.Comment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForAnyone()
        .WithName("SubmitComment")
        .WithSummary("Anyone comments, signed or anonymous, while the period is open; after it closes the comment is refused (DOC-2).");
}
