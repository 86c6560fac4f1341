namespace RuleOfLaw.Reconsideration.Features;

/// <summary>A step done on <see cref="On"/>, with an optional note (copy sent, hearing held, resumption, signature).</summary>
public sealed record StepRequest(DateOnly On, string? Note);

internal sealed class StepRequestValidator : AbstractValidator<StepRequest>
{
    public StepRequestValidator(TimeProvider time)
    {
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}

/// <summary>A step done on <see cref="On"/> that needs its text (corrections asked or made, the answer, a reason, terms).</summary>
public sealed record ReasonedStepRequest(DateOnly On, string Text);

internal sealed class ReasonedStepRequestValidator : AbstractValidator<ReasonedStepRequest>
{
    public ReasonedStepRequestValidator(TimeProvider time)
    {
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Text).NotEmpty().MaximumLength(4000);
    }
}
