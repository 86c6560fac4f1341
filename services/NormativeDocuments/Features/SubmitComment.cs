using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.NormativeDocuments.Features;

internal static class SubmitComment
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/comments", (Guid id, SubmitCommentRequest request, DocumentCommands commands, HttpContext http, CancellationToken ct) =>
            commands.CreateOnAsync(
                id,
                // A signed-in commenter signs with the name in their token, not one the client sends.
                (d, c) => d.Comment(CallerClaims.NameOf(http.User) ?? request.Author, request.Content, c.Today, c.Now),
                comment => $"{http.Request.PathBase}{http.Request.Path}/{comment.Id}",
                CommentResponse.From,
                ct))
        .Validate<SubmitCommentRequest>()
        .WithRequestExample(Examples.Comment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForAnyone()
        .WithName("SubmitComment")
        .WithSummary("Anyone comments, signed or anonymous, while the period is open; after it closes the comment is refused (DOC-2).");
}
