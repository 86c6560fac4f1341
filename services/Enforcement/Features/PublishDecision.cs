namespace RuleOfLaw.Enforcement.Features;

internal static class PublishDecision
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/publication", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Publish(request.On, time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.Publication)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<EnforcementCase>(CaseRoles.Handlers)
        .WithName("PublishDecision")
        .WithSummary("公开: publishes the decision; if reconsideration later alters or revokes it, it is withdrawn within 3 days (ENF-7).");
}
