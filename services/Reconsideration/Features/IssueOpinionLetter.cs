namespace RuleOfLaw.Reconsideration.Features;

internal static class IssueOpinionLetter
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/opinion-letter", (Guid id, ReasonedStepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.IssueOpinionLetter(request.On, request.Text.Trim(), time), ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.OpinionLetter)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("IssueOpinionLetter")
        .WithSummary("行政复议意见书 (REC-7): the respondent reports its correction within 60 days (a clock that flags it when overdue).");
}
