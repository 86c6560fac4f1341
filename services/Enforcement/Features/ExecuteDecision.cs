namespace RuleOfLaw.Enforcement.Features;

internal static class ExecuteDecision
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/execution", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Execute(request.On, request.Note?.Trim() ?? "", time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.Execution)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<EnforcementCase>(CaseRoles.Handlers)
        .WithName("ExecuteDecision")
        .WithSummary("执行: the decision was carried out, after service (ENF-4).");
}
