namespace RuleOfLaw.Enforcement.Features;

/// <summary>The hearing notice given on <see cref="NoticeOn"/> for a hearing on <see cref="HearingOn"/>, presided by an officer who did not investigate.</summary>
public sealed record ScheduleHearingRequest(DateOnly NoticeOn, DateOnly HearingOn, Guid PresiderId, string Place);

internal sealed class ScheduleHearingValidator : AbstractValidator<ScheduleHearingRequest>
{
    public ScheduleHearingValidator(TimeProvider time)
    {
        RuleFor(x => x.NoticeOn).NotInTheFuture(time);
        RuleFor(x => x.HearingOn).NotEmpty();
        RuleFor(x => x.PresiderId).NotEmpty();
        RuleFor(x => x.Place).NotEmpty().MaximumLength(200);
    }
}

internal static class ScheduleHearing
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/hearing", (Guid id, ScheduleHearingRequest request, EnforcementDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, async (c, time) => c.ScheduleHearing(request.NoticeOn, request.HearingOn, await CaseOfficers.LoadAsync(db, request.PresiderId, ct), time), ct))
        .AsCaseStep(Examples.ScheduleHearing, CaseRoles.Handlers)
        .WithName("ScheduleHearing")
        .WithSummary("Schedules the hearing: notice ≥7 days before, presided by a certified officer who did not investigate (ENF-4).");
}
