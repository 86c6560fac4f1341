namespace RuleOfLaw.Reconsideration.Features;

internal static class DraftMediation
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/mediation", (Guid id, ReasonedStepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.DraftMediation(request.On, request.Text.Trim(), time), ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.Mediation)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("DraftMediation")
        .WithSummary("调解 (REC-5): the mediation agreement's terms; it takes effect once signed.");
}
