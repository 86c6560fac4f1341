using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record OpenCommentRequest(DateOnly OpensOn, DateOnly ClosesOn);

public sealed record SubmitCommentRequest(string? Author, string Content);

public sealed record DisposeCommentRequest(CommentDisposition Disposition, string? Reason);

public sealed record TextRequest(string Text);

/// <summary>A comment as the public sees it: the disposition and its reason are published with it (DOC-2).</summary>
public sealed record CommentResponse(Guid Id, string? Author, string Content, DateTimeOffset SubmittedAt, CommentDisposition? Disposition, string? DispositionReason)
{
    public static CommentResponse From(Domain.PublicComment c) => new(c.Id, c.Author, c.Content, c.SubmittedAt, c.Disposition, c.DispositionReason);
}

internal sealed class OpenCommentValidator : AbstractValidator<OpenCommentRequest>
{
    public OpenCommentValidator() => RuleFor(x => x.ClosesOn).GreaterThanOrEqualTo(x => x.OpensOn);
}

internal sealed class SubmitCommentValidator : AbstractValidator<SubmitCommentRequest>
{
    public SubmitCommentValidator()
    {
        RuleFor(x => x.Author).MaximumLength(100);
        RuleFor(x => x.Content).NotEmpty().MaximumLength(5000);
    }
}

internal sealed class DisposeCommentValidator : AbstractValidator<DisposeCommentRequest>
{
    public DisposeCommentValidator()
    {
        RuleFor(x => x.Disposition).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(2000);
    }
}

internal sealed class TextRequestValidator : AbstractValidator<TextRequest>
{
    public TextRequestValidator() => RuleFor(x => x.Text).NotEmpty().MaximumLength(20_000);
}

/// <summary>公开征求意见 (DOC-2): the period, the comments, their dispositions, the feedback, the fair-competition review.</summary>
internal static class PublicCommentProcedure
{
    public static void MapPublicComment(this RouteGroupBuilder documents)
    {
        documents.MapPost("/{id:guid}/comment-period", (Guid id, OpenCommentRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) =>
            {
                d.OpenForComment(request.OpensOn, request.ClosesOn, c.Today, c.Calendar, c.Settings, c.Now);
                c.Start(d, DocumentClocks.Timer(d, DocumentClocks.CommentClose, DocumentRules.Doc2.Id, request.ClosesOn.AddDays(1), c.Now));
            }, ct))
        .Validate<OpenCommentRequest>()
        .WithRequestExample(Examples.OpenComment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("OpenComment")
        .WithSummary("Opens the draft for public comment: at least 7 working days, 30 days when tied to market activity (DOC-2).");

        documents.MapPost("/{id:guid}/comments", async Task<Results<Created<CommentResponse>, NotFound>> (Guid id, SubmitCommentRequest request, DocumentCommands commands, DocumentsDbContext db, CancellationToken ct) =>
        {
            var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, ct);
            if (document is null)
            {
                return TypedResults.NotFound();
            }

            var context = await commands.ContextAsync(ct);
            var comment = document.Comment(request.Author?.Trim(), request.Content.Trim(), context.Today, context.Now);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{NormativeDocumentsService.Identity.RoutePrefix}/{id}/comments/{comment.Id}", CommentResponse.From(comment));
        })
        .Validate<SubmitCommentRequest>()
        .WithRequestExample(Examples.Comment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithIdempotency()
        .WithName("SubmitComment")
        .WithSummary("Anyone comments, signed or anonymous, while the period is open; after it closes the comment is refused (DOC-2).");

        documents.MapGet("/{id:guid}/comments", async Task<Results<Ok<List<CommentResponse>>, NotFound>> (Guid id, DocumentsDbContext db, CancellationToken ct) =>
            await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) is { } document
                ? TypedResults.Ok(document.Comments.OrderBy(c => c.SubmittedAt).Select(CommentResponse.From).ToList())
                : TypedResults.NotFound())
        .WithName("ListComments")
        .WithSummary("The comments with their published dispositions.");

        documents.MapPost("/{id:guid}/comments/{commentId:guid}/disposition", (Guid id, Guid commentId, DisposeCommentRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.DisposeComment(commentId, request.Disposition, request.Reason?.Trim(), c.Now), ct))
        .Validate<DisposeCommentRequest>()
        .WithRequestExample(Examples.Dispose)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("DisposeComment")
        .WithSummary("Records whether a comment was adopted, partly adopted or not, with the reason (DOC-2).");

        documents.MapPost("/{id:guid}/close-comment", (Guid id, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.CloseComment(c.Today, c.Now), ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("CloseComment")
        .WithSummary("Closes a comment period that has run (it also closes by itself the day after).");

        documents.MapPost("/{id:guid}/comment-feedback", (Guid id, TextRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.PublishCommentFeedback(request.Text.Trim(), c.Now), ct))
        .Validate<TextRequest>()
        .WithRequestExample(Examples.Feedback)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("PublishCommentFeedback")
        .WithSummary("Publishes the feedback on which comments were adopted (required when tied to market activity, DOC-2).");

        documents.MapPost("/{id:guid}/fair-competition-review", (Guid id, TextRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.RecordFairCompetitionReview(request.Text.Trim(), c.Now), ct))
        .Validate<TextRequest>()
        .WithRequestExample(new TextRequest("经公平竞争审查，未发现排除、限制竞争的内容。"))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("RecordFairCompetitionReview")
        .WithSummary("Records the fair-competition review (公平竞争审查) of a market-related draft (DOC-2).");
    }
}
