namespace RuleOfLaw.Reconsideration.Features;

internal static class SettleCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/settlement", (Guid id, ReasonedStepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Settle(request.On, request.Text.Trim(), time), ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.Settlement)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("SettleCase")
        .WithSummary("和解 (REC-5): the parties settled; the case is withdrawn and the applicant cannot contest the same act again.");
}
