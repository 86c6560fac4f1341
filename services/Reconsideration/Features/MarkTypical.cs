namespace RuleOfLaw.Reconsideration.Features;

/// <summary>典型案例: the anonymised summary the casebook publishes.</summary>
public sealed record MarkTypicalRequest(string Summary);

internal sealed class MarkTypicalValidator : AbstractValidator<MarkTypicalRequest>
{
    public MarkTypicalValidator() => RuleFor(x => x.Summary).NotEmpty().MaximumLength(4000);
}
