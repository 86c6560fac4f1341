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
