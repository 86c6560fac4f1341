namespace RuleOfLaw.Reconsideration.Features;

/// <summary>听证、协商、和解: the step, its day, a note, and for a settlement the amount agreed.</summary>
public sealed record RecordCompensationStepRequest(CompensationStepKind Kind, DateOnly On, string Note, decimal? AgreedAmount);

internal sealed class RecordCompensationStepValidator : AbstractValidator<RecordCompensationStepRequest>
{
    public RecordCompensationStepValidator(TimeProvider time)
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Note).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.AgreedAmount).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
    }
}
