using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.Decisions.Features;

public sealed record AnnounceHearingRequest(DateOnly HearingDate, string SelectionMethod, IReadOnlyList<HearingParticipantRequest> Participants);

internal sealed class AnnounceHearingValidator : AbstractValidator<AnnounceHearingRequest>
{
    public AnnounceHearingValidator()
    {
        RuleFor(x => x.HearingDate).NotEmpty();
        RuleFor(x => x.SelectionMethod).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Participants).NotNull().MaximumCount(500).WithMessage(_ => ProblemLanguage.Text("最多 500 名参加人。", "At most 500 participants."));
        RuleForEach(x => x.Participants).SetValidator(new HearingParticipantValidator());
    }
}

/// <summary>听证 (DEC-3): the hearing's date, how participants were chosen and who they are, published in advance.</summary>
internal static class AnnounceHearing
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/hearing", Examples.Hearing, (d, request, t) => d.AnnounceHearing(
            request.HearingDate, request.SelectionMethod.Trim(), [.. request.Participants.Select(p => new HearingParticipant(p.Name.Trim(), p.Category.Trim()))], t.Today, t.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Hearing")
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("AnnounceHearing")
        .WithSummary("Publishes the hearing's date, how participants were chosen and who they are, in advance (DEC-3).");
}
