namespace RuleOfLaw.Reconsideration.Features;

internal static class RequestCorrection
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/corrections-request", (Guid id, ReasonedStepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.RequestCorrection(request.On, request.Text.Trim(), time), ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.CorrectionRequest)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("RequestCorrection")
        .WithSummary("补正 (REC-2): asks once for every correction; the acceptance clock pauses and the applicant has 10 days, after which the application is deemed abandoned.");
}
