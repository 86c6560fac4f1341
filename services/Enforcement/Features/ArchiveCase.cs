namespace RuleOfLaw.Enforcement.Features;

internal static class ArchiveCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/archive", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Archive(request.On, time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.Archive)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<EnforcementCase>(CaseRoles.Handlers)
        .WithName("ArchiveCase")
        .WithSummary("归档 of a closed case file (ENF-4).");
}
