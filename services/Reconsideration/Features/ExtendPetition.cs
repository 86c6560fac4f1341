namespace RuleOfLaw.Reconsideration.Features;

internal static class ExtendPetition
{
    public static void Map(RouteGroupBuilder petitions) =>
        petitions.MapPost("/{id:guid}/extension", (Guid id, ExtendCaseRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.Petitions, id, (p, time) => p.Extend(request.Days, request.Reason.Trim(), time), PetitionResponse.From, ct))
        .Validate<ExtendCaseRequest>()
        .WithRequestExample(Examples.PetitionExtension)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("ExtendPetition")
        .WithSummary("延期 (REC-11): a routed petition's 60 days are extended once, by at most 30, with a reason; the clock moves.");
}
