namespace RuleOfLaw.Reconsideration.Features;

/// <summary>信访登记: the petitioner, the matter and the day it was received.</summary>
public sealed record RegisterPetitionRequest(string Petitioner, string Matter, DateOnly ReceivedOn);

internal sealed class RegisterPetitionValidator : AbstractValidator<RegisterPetitionRequest>
{
    public RegisterPetitionValidator(TimeProvider time)
    {
        RuleFor(x => x.Petitioner).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Matter).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.ReceivedOn).NotInTheFuture(time);
    }
}

internal static class RegisterPetition
{
    public static void Map(RouteGroupBuilder petitions) =>
        petitions.MapPost("/", async (RegisterPetitionRequest request, CaseCommands commands, IConfiguration configuration, CancellationToken ct) =>
        {
            var petition = Petition.Register(ReconsiderationService.OrganUnitOf(configuration), request.Petitioner.Trim(), request.Matter.Trim(), request.ReceivedOn, await commands.TimeAsync(ct));
            return await commands.CreateAsync(petition, "petitions", PetitionResponse.From, ct);
        })
        .Validate<RegisterPetitionRequest>()
        .WithRequestExample(Examples.Petition)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("RegisterPetition")
        .WithSummary("信访 (REC-11): a petition is registered; it is routed within 15 days (clock, flagged when overdue).");
}
