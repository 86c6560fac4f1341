namespace RuleOfLaw.Enforcement.Features;

/// <summary>A step done on <see cref="On"/>, with an optional note (hearing held, publication, execution, closing, archiving, withdrawal).</summary>
public sealed record StepRequest(DateOnly On, string? Note);

internal sealed class StepRequestValidator : AbstractValidator<StepRequest>
{
    public StepRequestValidator(TimeProvider time)
    {
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}
