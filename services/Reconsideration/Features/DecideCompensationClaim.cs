namespace RuleOfLaw.Reconsideration.Features;

/// <summary>赔偿决定: granted (the amount claimed), partly granted (less) or refused (0), with the reasoning.</summary>
public sealed record DecideCompensationRequest(DateOnly DecidedOn, CompensationStatus Outcome, decimal Amount, string Reasoning);

internal sealed class DecideCompensationValidator : AbstractValidator<DecideCompensationRequest>
{
    public DecideCompensationValidator(TimeProvider time)
    {
        RuleFor(x => x.DecidedOn).NotInTheFuture(time);
        RuleFor(x => x.Outcome).IsInEnum().NotEqual(CompensationStatus.Registered);
        RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
        RuleFor(x => x.Reasoning).NotEmpty().MaximumLength(4000);
    }
}

internal static class DecideCompensationClaim
{
    public static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("/{id:guid}/decision", (Guid id, DecideCompensationRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.CompensationClaims, id, (c, time) => c.Decide(request.Outcome, request.DecidedOn, request.Amount, request.Reasoning.Trim(), time), CompensationResponse.From, ct))
        .Validate<DecideCompensationRequest>()
        .WithRequestExample(Examples.CompensationDecision)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("DecideCompensationClaim")
        .WithSummary("赔偿决定 (REC-12): granted, partly granted or refused with the amount, no earlier than the claim's last step; late when after the 2 months.");
}
