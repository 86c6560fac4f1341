namespace RuleOfLaw.Reconsideration.Features;

internal static class ResumeCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/resumption", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Resume(request.On, time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.Resumption)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("ResumeCase")
        .WithSummary("恢复审理 (REC-6): the decision clock resumes with the days that were left (not while an incidental review is pending, REC-9).");
}
