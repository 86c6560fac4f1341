namespace RuleOfLaw.Reconsideration.Features;

internal static class RecordAnswer
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/answer", (Guid id, ReasonedStepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.RecordAnswer(request.On, request.Text.Trim(), time), ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.Answer)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("RecordAnswer")
        .WithSummary("REC-3: the respondent's written answer with its evidence; the answer clock stops.");
}
