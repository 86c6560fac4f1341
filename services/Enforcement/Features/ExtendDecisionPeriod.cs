using Microsoft.Extensions.Options;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>延长办案期限: the head approved on <see cref="ApprovedOn"/> that the decision is due by <see cref="ExtendedTo"/>, for <see cref="Reason"/>.</summary>
public sealed record ExtendDecisionPeriodRequest(DateOnly ApprovedOn, DateOnly ExtendedTo, string Reason);

internal sealed class ExtendDecisionPeriodValidator : AbstractValidator<ExtendDecisionPeriodRequest>
{
    public ExtendDecisionPeriodValidator(TimeProvider time)
    {
        RuleFor(x => x.ApprovedOn).NotInTheFuture(time);
        RuleFor(x => x.ExtendedTo).NotEmpty();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
    }
}

internal static class ExtendDecisionPeriod
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/decision-extension", (Guid id, ExtendDecisionPeriodRequest request, CaseCommands commands, IOptions<EnforcementSettings> settings, HttpContext http, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.ExtendDecisionPeriod(
                request.ApprovedOn, request.ExtendedTo, request.Reason.Trim(), CallerClaims.ActorOf(http.User), settings.Value.DecisionExtensionDays, time), ct))
        .AsCaseStep(Examples.DecisionExtension, Roles.UnitHead)
        .WithName("ExtendDecisionPeriod")
        .WithSummary("延长办案期限: the head of the case's unit extends a complex case's 90-day decision period once, with a reason, by at most 30 days (the Enforcement:DecisionExtensionDays setting); the clock moves (ENF-4).");
}
