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
        cases.MapPost("/{id:guid}/hearing-request", (Guid id, RequestHearingRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.RequestHearing(request.RequestedOn, time), ct))
        .Validate<RequestHearingRequest>()
        .WithRequestExample(Examples.HearingRequest)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<EnforcementCase>(CaseRoles.Handlers)
        .WithName("RequestHearing")
        .WithSummary("Records the party's request for a hearing, within 5 days of the notice (ENF-4).");
}
