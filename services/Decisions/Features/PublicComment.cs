using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Decisions.Features;

/// <summary>公开征求意见 (DEC-2): the period, the comments, a disposition for each, the dispositions published.</summary>
internal static class PublicCommentProcedure
{
    public static void MapPublicComment(this RouteGroupBuilder decisions)
    {
        decisions.MapPost("/{id:guid}/comment-period", (Guid id, OpenConsultationRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) =>
            {
                d.OpenForComment(request.OpensOn, request.ClosesOn, request.ShorterPeriodReason, c.Today, c.Calendar, c.Settings, c.Now);
                c.StartCommentTimer(d, request.ClosesOn);
            }, ct))
        .Validate<OpenConsultationRequest>()
        .WithRequestExample(Examples.OpenComment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("OpenDecisionComment")
        .WithSummary("Opens the draft for public comment: at least 30 days, shorter only with a reason published with the notice (DEC-2).");

        decisions.MapCommentEndpoints<MajorDecision>(
            "Decision", d => d.Consultation, (d, request, today, now) => d.Comment(request.Author, request.Content, today, now), Examples.Comment, DecisionRules.Dec2.Id);

        decisions.MapPost("/{id:guid}/comments/{commentId:guid}/disposition", (Guid id, Guid commentId, DisposeCommentRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.DisposeComment(commentId, request.Disposition, request.Reason, c.Now), ct))
        .Validate<DisposeCommentRequest>()
        .WithRequestExample(Examples.Dispose)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("DisposeDecisionComment")
        .WithSummary("Records whether a comment was adopted, partly adopted or not, with the reason (DEC-2).");

        decisions.MapPost("/{id:guid}/close-comment", (Guid id, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.CloseComment(c.Today, c.Now), ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("CloseDecisionComment")
        .WithSummary("Closes a comment period that has run (it also closes by itself the day after).");

        decisions.MapPost("/{id:guid}/comment-dispositions", (Guid id, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.PublishDispositions(c.Today, c.Now), ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("PublishCommentDispositions")
        .WithSummary("Publishes every comment's disposition, each linked to its comment; refused while any comment lacks one (DEC-2).");
    }
}
