namespace RuleOfLaw.Decisions.Features;

public sealed record ReviseDecisionRequest(string Title, string Draft, string Reason);

internal sealed class ReviseDecisionValidator : AbstractValidator<ReviseDecisionRequest>
{
    public ReviseDecisionValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Draft).NotEmpty().MaximumLength(200_000);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
    }
}

internal static class ReviseDecision
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/revise", Examples.Revise, (d, request, t) => d.Revise(request.Title.Trim(), request.Draft.Trim(), request.Reason.Trim(), t.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("ReviseDecision")
        .WithSummary("Revises the draft before the meeting; a draft revised after its review goes to review again (DEC-6).");
}
