namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>A text the step publishes or records: comment feedback, a revocation's reason, the issuing unit's answer.</summary>
public sealed record TextRequest(string Text);

internal sealed class TextRequestValidator : AbstractValidator<TextRequest>
{
    public TextRequestValidator() => RuleFor(x => x.Text).NotEmpty().MaximumLength(20_000);
}
