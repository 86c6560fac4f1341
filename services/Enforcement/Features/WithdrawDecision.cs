namespace RuleOfLaw.Enforcement.Features;

internal static class WithdrawDecision
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/withdrawal", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Withdraw(request.On, time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.Withdrawal)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<EnforcementCase>(CaseRoles.Handlers)
        .WithName("WithdrawDecision")
        .WithSummary("Withdraws a published decision that reconsideration altered or revoked, within 3 days (ENF-7).");
}
