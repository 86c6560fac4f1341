namespace RuleOfLaw.Reconsideration.Features;

/// <summary>行政调解: the mediating unit, the parties (at least two), the subject and the day the case was taken up.</summary>
public sealed record RegisterMediationRequest(string MediatingUnitId, IReadOnlyList<string> Parties, string Subject, DateOnly RegisteredOn);

internal sealed class RegisterMediationValidator : AbstractValidator<RegisterMediationRequest>
{
    public RegisterMediationValidator(TimeProvider time)
    {
        RuleFor(x => x.MediatingUnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Parties).NotNull().MaximumCount(20);
        RuleForEach(x => x.Parties).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Subject).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.RegisteredOn).NotInTheFuture(time);
    }
}

internal static class RegisterMediation
{
    public static void Map(RouteGroupBuilder mediations) =>
        mediations.MapPost("/", async (RegisterMediationRequest request, CaseCommands commands, IConfiguration configuration, CancellationToken ct) =>
        {
            var @case = MediationCase.Register(
                ReconsiderationService.OrganUnitOf(configuration), request.MediatingUnitId.Trim(), [.. request.Parties.Select(p => p.Trim())], request.Subject.Trim(), request.RegisteredOn,
                await commands.TimeAsync(ct));
            return await commands.CreateAsync(@case, "mediations", MediationResponse.From, ct);
        })
        .Validate<RegisterMediationRequest>()
        .WithRequestExample(Examples.AdministrativeMediation)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("RegisterMediation")
        .WithSummary("行政调解 (REC-11): a mediation case between at least two parties is registered with its mediating unit and subject.");
}
