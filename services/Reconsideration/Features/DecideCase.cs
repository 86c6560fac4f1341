namespace RuleOfLaw.Reconsideration.Features;

/// <summary>复议决定: the outcome, its reasoning and, when the decision varies an amount, the new amount.</summary>
public sealed record DecideCaseRequest(DateOnly DecidedOn, Outcome Outcome, string Reasoning, decimal? VariedAmount);

internal sealed class DecideCaseValidator : AbstractValidator<DecideCaseRequest>
{
    public DecideCaseValidator(TimeProvider time)
    {
        RuleFor(x => x.DecidedOn).NotInTheFuture(time);
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Reasoning).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.VariedAmount).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
    }
}

internal static class DecideCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/decision", (Guid id, DecideCaseRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Decide(request.Outcome, request.DecidedOn, request.Reasoning.Trim(), request.VariedAmount, time), ct))
        .Validate<DecideCaseRequest>()
        .WithRequestExample(Examples.Decide)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("DecideReconsideration")
        .WithSummary("复议决定 (REC-6) by ≥2 officers after the copy and, in a major case, the hearing; each outcome with its preconditions, a variation never worse for the applicant; publishes ReconsiderationDecided (enforcement marks its case, REC-7).");
}
