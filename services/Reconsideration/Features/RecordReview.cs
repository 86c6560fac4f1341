namespace RuleOfLaw.Reconsideration.Features;

/// <summary>A review method used (REC-5): written review, on-site investigation, hearing the parties' views.</summary>
public sealed record RecordReviewRequest(ReviewMethod Method, DateOnly On, string? Note);

internal sealed class RecordReviewValidator : AbstractValidator<RecordReviewRequest>
{
    public RecordReviewValidator(TimeProvider time)
    {
        RuleFor(x => x.Method).IsInEnum();
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}
