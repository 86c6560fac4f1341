using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Decisions.Features;

/// <summary>
/// Anyone comments on a draft open for comment, signed or anonymous (DEC-2). A comment is an insert
/// beside the decision: the decision is read without its earlier comments and is not rewritten.
/// </summary>
internal static class SubmitComment
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/comments", (Guid id, SubmitCommentRequest request, RecordCommands commands, DecisionsDbContext db, HttpContext http, CancellationToken ct) =>
            commands.AddAsync(
                db.Decisions,
                id,
                // A signed-in commenter signs with the name in their token, not one the client sends.
                (decision, time) => Task.FromResult(CommentResponse.From(decision.Comment(CallerClaims.NameOf(http.User) ?? request.Author, request.Content, time.Today, time.Now))),
                comment => $"{http.Request.PathBase}{http.Request.Path}/{comment.Id}",
                ct))
        .Validate<SubmitCommentRequest>()
        .WithRequestExample(Examples.Comment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForAnyone()
        .WithName("SubmitDecisionComment")
        .WithSummary("Anyone comments, signed or anonymous, while the period is open; after it closes the comment is refused (DEC-2).");
}
