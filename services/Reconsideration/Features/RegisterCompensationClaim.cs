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
