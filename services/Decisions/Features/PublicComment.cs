using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures;
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
                c.Db.Clocks.Add(ConsultationTimer.Start(d, DecisionClocks.CommentClose, DecisionRules.Dec2.Id, request.ClosesOn, c.Now));
            }, ct))
        .Validate<OpenConsultationRequest>()
        .WithRequestExample(Examples.OpenComment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("OpenDecisionComment")
        .WithSummary("Opens the draft for public comment: at least 30 days, shorter only with a reason published with the notice (DEC-2).");

        decisions.MapConsultationSteps<MajorDecision, DecisionResponse>("Decision", DecisionRules.Dec2.Id, Examples.Comment, Examples.Dispose, [Roles.UnitStaff, Roles.UnitHead]);

        decisions.MapPost("/{id:guid}/comment-dispositions", (Guid id, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.PublishDispositions(c.Today, c.Now), ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PublishCommentDispositions")
        .WithSummary("Publishes every comment's disposition, each linked to its comment; refused while any comment lacks one (DEC-2).");
    }
}
