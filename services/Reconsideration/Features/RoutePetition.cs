namespace RuleOfLaw.Reconsideration.Features;

/// <summary>转送交办: the competent unit and the day.</summary>
public sealed record RoutePetitionRequest(string UnitId, DateOnly On);

internal sealed class RoutePetitionValidator : AbstractValidator<RoutePetitionRequest>
{
    public RoutePetitionValidator(TimeProvider time)
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.On).NotInTheFuture(time);
    }
}

internal static class RoutePetition
{
    public static void Map(RouteGroupBuilder petitions) =>
        petitions.MapPost("/{id:guid}/routing", (Guid id, RoutePetitionRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.Petitions, id, (p, time) => p.Route(request.UnitId.Trim(), request.On, time), PetitionResponse.From, ct))
        .Validate<RoutePetitionRequest>()
        .WithRequestExample(Examples.PetitionRouting)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("RoutePetition")
        .WithSummary("转送交办 (REC-11): the petition goes to the competent unit, which reads it from then on; it is finished within 60 days (clock).");
}
