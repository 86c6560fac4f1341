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
