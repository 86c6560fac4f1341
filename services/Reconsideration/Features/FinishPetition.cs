namespace RuleOfLaw.Reconsideration.Features;

internal static class FinishPetition
{
    public static void Map(RouteGroupBuilder petitions) =>
        petitions.MapPost("/{id:guid}/reply", (Guid id, ReasonedStepRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.Petitions, id, (p, time) => p.Finish(request.On, request.Text.Trim(), time), PetitionResponse.From, ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.PetitionReply)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("FinishPetition")
        .WithSummary("办结 (REC-11): the competent unit's reply, no earlier than the routing; late when after the (extended) period.");
}
