namespace RuleOfLaw.Reconsideration.Features;

/// <summary>导入法定途径: reconsideration or litigation, the route named to the petitioner, and the day.</summary>
public sealed record RedirectPetitionRequest(PetitionRoute Route, string RouteNamed, DateOnly On);

internal sealed class RedirectPetitionValidator : AbstractValidator<RedirectPetitionRequest>
{
    public RedirectPetitionValidator(TimeProvider time)
    {
        RuleFor(x => x.Route).IsInEnum();
        RuleFor(x => x.RouteNamed).NotEmpty().MaximumLength(500);
        RuleFor(x => x.On).NotInTheFuture(time);
    }
}

internal static class RedirectPetition
{
    public static void Map(RouteGroupBuilder petitions) =>
        petitions.MapPost("/{id:guid}/redirection", (Guid id, RedirectPetitionRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.Petitions, id, (p, time) => p.Redirect(request.Route, request.RouteNamed.Trim(), request.On, time), PetitionResponse.From, ct))
        .Validate<RedirectPetitionRequest>()
        .WithRequestExample(Examples.PetitionRedirection)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("RedirectPetition")
        .WithSummary("导入法定途径 (REC-11): a petition that belongs in reconsideration or court is redirected there, with the route named; its clocks stop.");
}
