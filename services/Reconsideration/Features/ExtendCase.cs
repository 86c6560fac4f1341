namespace RuleOfLaw.Reconsideration.Features;

/// <summary>延期: the days (at most 30) and the reason.</summary>
public sealed record ExtendCaseRequest(int Days, string Reason);

internal sealed class ExtendCaseValidator : AbstractValidator<ExtendCaseRequest>
{
    public ExtendCaseValidator()
    {
        RuleFor(x => x.Days).GreaterThan(0);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
    }
}
