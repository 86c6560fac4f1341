using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Decisions.Features;

/// <summary>采纳 / 部分采纳 / 不采纳: the unit disposes of each comment, with its reason (DEC-2).</summary>
internal static class DisposeComment
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/comments/{commentId:guid}/disposition", (Guid id, Guid commentId, DisposeCommentRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, t) => request.ApplyTo(d, commentId, t.Now), ct))
        .Validate<DisposeCommentRequest>()
        .WithRequestExample(Examples.Dispose)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DecisionResponse>()
        .WithName("DisposeDecisionComment")
        .WithSummary("Records whether a comment was adopted, partly adopted or not, with the reason (DEC-2).");
}
