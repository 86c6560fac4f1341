namespace RuleOfLaw.Reconsideration.Features;

/// <summary>调解结果: whether an agreement was reached, and its terms or why mediation failed.</summary>
public sealed record ConcludeMediationRequest(DateOnly On, bool AgreementReached, string Result);

internal sealed class ConcludeMediationValidator : AbstractValidator<ConcludeMediationRequest>
{
    public ConcludeMediationValidator(TimeProvider time)
    {
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Result).NotEmpty().MaximumLength(4000);
    }
}
