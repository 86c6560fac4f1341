namespace RuleOfLaw.Enforcement.Features;

/// <summary>The party asked for a hearing on <see cref="RequestedOn"/>.</summary>
public sealed record RequestHearingRequest(DateOnly RequestedOn);

internal sealed class RequestHearingValidator : AbstractValidator<RequestHearingRequest>
{
    public RequestHearingValidator(TimeProvider time) => RuleFor(x => x.RequestedOn).NotInTheFuture(time);
}

internal static class RequestHearing
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapCaseStep("/{id:guid}/hearing-request", Examples.HearingRequest, (c, request, time) => c.RequestHearing(request.RequestedOn, time))
        .WithName("RequestHearing")
        .WithSummary("Records the party's request for a hearing, within 5 days of the notice (ENF-4).");
}
