namespace RuleOfLaw.Reconsideration.Features;

/// <summary>开庭: the day, whether the unit's head appeared in court, and who appeared for the unit.</summary>
public sealed record RecordCourtHearingRequest(DateOnly HeldOn, bool HeadAppeared, string AppearedBy, string? Note);

internal sealed class RecordCourtHearingValidator : AbstractValidator<RecordCourtHearingRequest>
{
    public RecordCourtHearingValidator(TimeProvider time)
    {
        RuleFor(x => x.HeldOn).NotInTheFuture(time);
        RuleFor(x => x.AppearedBy).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}
