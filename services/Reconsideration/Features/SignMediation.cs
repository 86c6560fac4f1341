namespace RuleOfLaw.Reconsideration.Features;

internal static class SignMediation
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/mediation/signed", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.SignMediation(request.On, time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.MediationSigned)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("SignMediation")
        .WithSummary("调解书 signed (REC-5): effective; the case ends as Mediated and ReconsiderationDecided is published.");
}
