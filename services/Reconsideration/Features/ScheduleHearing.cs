using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>听证: the notice (sent on <see cref="NoticeOn"/>), the day, and the panel: a presider, officers, a clerk.</summary>
public sealed record ScheduleHearingRequest(DateOnly NoticeOn, DateOnly HearingOn, string Presider, IReadOnlyList<string> Officers, string Clerk);

internal sealed class ScheduleHearingValidator : AbstractValidator<ScheduleHearingRequest>
{
    public ScheduleHearingValidator(TimeProvider time)
    {
        RuleFor(x => x.NoticeOn).NotInTheFuture(time);
        RuleFor(x => x.HearingOn).NotEmpty().Must((x, day) => day > x.NoticeOn).WithMessage(_ => ProblemLanguage.Text("听证日期应在通知日期之后。", "The hearing comes after its notice."));
        RuleFor(x => x.Presider).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Officers).NotNull().MaximumCount(20);
        RuleForEach(x => x.Officers).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Clerk).NotEmpty().MaximumLength(100);
    }
}
