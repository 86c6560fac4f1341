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
