using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Procedures;
using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record TextRequest(string Text);

internal sealed class TextRequestValidator : AbstractValidator<TextRequest>
{
    public TextRequestValidator() => RuleFor(x => x.Text).NotEmpty().MaximumLength(20_000);
}

/// <summary>公开征求意见 (DOC-2): the period, the comments, their dispositions, the feedback, the fair-competition review.</summary>
internal static class PublicCommentProcedure
{
    public static void MapPublicComment(this RouteGroupBuilder documents)
    {
        documents.MapPost("/{id:guid}/comment-period", (Guid id, OpenConsultationRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) =>
            {
                d.OpenForComment(request.OpensOn, request.ClosesOn, c.Today, c.Calendar, c.Settings, c.Now);
                c.Start(d, ConsultationTimer.Start(d, DocumentClocks.CommentClose, DocumentRules.Doc2.Id, request.ClosesOn, c.Now));
            }, ct))
        .Validate<OpenConsultationRequest>()
        .WithRequestExample(Examples.OpenComment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("OpenComment")
        .WithSummary("Opens the draft for public comment: at least 7 working days, 30 days when tied to market activity (DOC-2).");

        documents.MapConsultationSteps<NormativeDocument, DocumentResponse>("", DocumentRules.Doc2.Id, Examples.Comment, Examples.Dispose, [Roles.UnitStaff, Roles.UnitHead]);

        documents.MapPost("/{id:guid}/comment-feedback", (Guid id, TextRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.PublishCommentFeedback(request.Text.Trim(), c.Now), ct))
        .Validate<TextRequest>()
        .WithRequestExample(Examples.Feedback)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PublishCommentFeedback")
        .WithSummary("Publishes the feedback on which comments were adopted (required when tied to market activity, DOC-2).");

        documents.MapFairCompetitionReview<NormativeDocument, DocumentResponse>(
            "RecordFairCompetitionReview", "Records the fair-competition review (公平竞争审查) of a market-related draft (DOC-2).", [Roles.UnitStaff, Roles.UnitHead]);
    }
}
