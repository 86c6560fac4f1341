namespace RuleOfLaw.Reconsideration.Features;

/// <summary>国家赔偿申请: the unit liable, the claimant, the act that caused the harm, the amount claimed and the day received.</summary>
public sealed record RegisterCompensationRequest(string LiableUnitId, string Claimant, string Act, decimal AmountClaimed, DateOnly ReceivedOn);

internal sealed class RegisterCompensationValidator : AbstractValidator<RegisterCompensationRequest>
{
    public RegisterCompensationValidator(TimeProvider time)
    {
        RuleFor(x => x.LiableUnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Claimant).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Act).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.AmountClaimed).GreaterThan(0).LessThan(1_000_000_000_000m);
        RuleFor(x => x.ReceivedOn).NotInTheFuture(time);
    }
}

internal static class RegisterCompensationClaim
{
    public static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("/", async (RegisterCompensationRequest request, CaseCommands commands, IConfiguration configuration, CancellationToken ct) =>
        {
            var claim = CompensationClaim.Register(
                ReconsiderationService.OrganUnitOf(configuration), request.LiableUnitId.Trim(), request.Claimant.Trim(), request.Act.Trim(), request.AmountClaimed, request.ReceivedOn,
                await commands.TimeAsync(ct));
            return await commands.CreateAsync(claim, "compensation-claims", CompensationResponse.From, ct);
        })
        .Validate<RegisterCompensationRequest>()
        .WithRequestExample(Examples.Compensation)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("RegisterCompensationClaim")
        .WithSummary("国家赔偿 (REC-12): a claim against a unit is registered with the amount claimed; it is decided within 2 months (clock, flagged when overdue).");
}
