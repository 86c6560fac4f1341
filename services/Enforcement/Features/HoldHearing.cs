namespace RuleOfLaw.Enforcement.Features;

internal static class HoldHearing
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/hearing/record", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.HoldHearing(request.On, time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.HearingHeld)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<EnforcementCase>(CaseRoles.Handlers)
        .WithName("HoldHearing")
        .WithSummary("Records that the hearing was held; a legal review is then mandatory (ENF-4).");
}
