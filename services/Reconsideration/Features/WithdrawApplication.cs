namespace RuleOfLaw.Reconsideration.Features;

internal static class WithdrawApplication
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/withdrawal", (Guid id, ReasonedStepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsApplicantAsync(id, (c, time) => c.Withdraw(request.On, request.Text.Trim(), time), ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.Withdrawal)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.Citizen)
        .WithName("WithdrawApplication")
        .WithSummary("撤回: the applicant withdraws their own open application.");
}
