using Microsoft.Extensions.Options;

namespace RuleOfLaw.Decisions.Features;

/// <summary>合法性审查 (DEC-6): the draft goes to the legal office, whose review period starts.</summary>
internal static class SubmitForLegalityReview
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/legality-review/submission", (Guid id, DecisionCommands commands, IOptions<DecisionSettings> settings, CancellationToken ct) =>
            commands.RunAsync(id, (d, t) => d.SubmitForLegalityReview(t.Today, settings.Value.ReviewWorkingDays, t.Calendar, t.Now), ct))
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DecisionResponse>()
        .WithName("SubmitDecisionForLegalityReview")
        .WithSummary("Sends the draft to the legal office once comment, hearing and risk steps are complete (a recorded risk found controllable) and the package pieces gathered before review are present; its at least 7 working days start (DEC-5, DEC-6, DEC-7).");
}
