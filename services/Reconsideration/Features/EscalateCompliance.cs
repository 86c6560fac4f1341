namespace RuleOfLaw.Reconsideration.Features;

/// <summary>The next escalation step against a respondent that did not comply.</summary>
public sealed record EscalateRequest(Escalation Level, DateOnly On, string Note);

internal sealed class EscalateValidator : AbstractValidator<EscalateRequest>
{
    public EscalateValidator(TimeProvider time)
    {
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Note).NotEmpty().MaximumLength(2000);
    }
}
