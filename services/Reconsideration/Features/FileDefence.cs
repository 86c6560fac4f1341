namespace RuleOfLaw.Reconsideration.Features;

internal static class FileDefence
{
    public static void Map(RouteGroupBuilder courtCases) =>
        courtCases.MapPost("/{id:guid}/defence", (Guid id, ReasonedStepRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.CourtCases, id, (c, time) => c.FileDefence(request.On, request.Text.Trim(), time), CourtCaseResponse.From, ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.Defence)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("FileCourtDefence")
        .WithSummary("答辩 (REC-10): the defence and evidence went to the court, no earlier than service; the 15-day clock stops.");
}
