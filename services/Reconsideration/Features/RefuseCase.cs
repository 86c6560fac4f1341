namespace RuleOfLaw.Reconsideration.Features;

/// <summary>不予受理: the reason, and the organ competent for the matter where there is one.</summary>
public sealed record RefuseCaseRequest(DateOnly RefusedOn, string Reason, string? CompetentOrgan);

internal sealed class RefuseCaseValidator : AbstractValidator<RefuseCaseRequest>
{
    public RefuseCaseValidator(TimeProvider time)
    {
        RuleFor(x => x.RefusedOn).NotInTheFuture(time);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.CompetentOrgan).MaximumLength(200);
    }
}
