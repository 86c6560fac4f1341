namespace RuleOfLaw.Reconsideration.Features;

internal static class SendCopy
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/copy", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.SendCopy(request.On, time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.Copy)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("SendCopy")
        .WithSummary("REC-3: the copy goes to the respondent (7 working days, 3 simplified); its answer clock starts (10 working days, 5 simplified).");
}
