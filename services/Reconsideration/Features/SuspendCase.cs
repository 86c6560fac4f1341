namespace RuleOfLaw.Reconsideration.Features;

internal static class SuspendCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/suspension", (Guid id, ReasonedStepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Suspend(request.On, request.Text.Trim(), time), ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.Suspension)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("SuspendCase")
        .WithSummary("中止 (REC-6): the case is suspended with its reason; the decision clock pauses.");
}
