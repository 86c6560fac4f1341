namespace RuleOfLaw.Enforcement.Features;

/// <summary>告知: the facts, reasons and the proposed penalty, with the party's rights to state, defend and ask for a hearing.</summary>
public sealed record NotifyPartyRequest(DateOnly NoticeOn, string Reasons, Penalty ProposedPenalty);

internal sealed class PenaltyValidator : AbstractValidator<Penalty>
{
    public PenaltyValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).LessThan(1_000_000_000m);
    }
}

internal sealed class NotifyPartyValidator : AbstractValidator<NotifyPartyRequest>
{
    public NotifyPartyValidator(TimeProvider time)
    {
        RuleFor(x => x.NoticeOn).NotInTheFuture(time);
        RuleFor(x => x.Reasons).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.ProposedPenalty).NotNull().SetValidator(new PenaltyValidator());
    }
}

internal static class NotifyParty
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapCaseStep("/{id:guid}/notice", Examples.Notice, (c, request, time) => c.Notify(request.NoticeOn, request.Reasons.Trim(), request.ProposedPenalty, time))
        .WithName("NotifyParty")
        .WithSummary("告知: facts, reasons, proposed penalty and rights, after the investigation; the party has 5 days to ask for a hearing (ENF-4).");
}
