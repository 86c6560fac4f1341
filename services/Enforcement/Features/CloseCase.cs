namespace RuleOfLaw.Enforcement.Features;

internal static class CloseCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/closure", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Close(request.On, time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.Closure)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<EnforcementCase>(CaseRoles.Handlers)
        .WithName("CloseCase")
        .WithSummary("结案 after execution (ENF-4).");
}
