namespace RuleOfLaw.Reconsideration.Features;

internal static class RecordCompliance
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/compliance", (Guid id, ReasonedStepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.RecordCompliance(request.On, request.Text.Trim(), time), ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.Compliance)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("RecordCompliance")
        .WithSummary("REC-7: the respondent's report of compliance (or correction); the compliance clock stops.");
}
