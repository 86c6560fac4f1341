namespace RuleOfLaw.Decisions.Features;

/// <summary>The head suspends; who they are comes from their token, not the body (DEC-10).</summary>
public sealed record SuspendDecisionRequest(string Reason);

internal sealed class SuspendDecisionValidator : AbstractValidator<SuspendDecisionRequest>
{
    public SuspendDecisionValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(5000);
    }
}

/// <summary>中止执行 (DEC-10): by the head, with the reason, shown publicly.</summary>
internal static class SuspendDecision
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/suspension", (Guid id, SuspendDecisionRequest request, DecisionCommands commands, HttpContext http, CancellationToken ct) =>
            commands.RunAsync(id, (d, t) => d.Suspend(CallerClaims.ActorOf(http.User), request.Reason, t.Now), ct))
        .Validate<SuspendDecisionRequest>()
        .WithRequestExample(Examples.Suspend)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitHead)
        .WithName("SuspendDecision")
        .WithSummary("The head suspends execution, with the reason, which is shown publicly (DEC-10).");
}
