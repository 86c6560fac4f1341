namespace RuleOfLaw.Enforcement.Features;

/// <summary>陈述申辩: what the party said in their defence, and whether they waive a hearing.</summary>
public sealed record RecordDefenceRequest(DateOnly ReceivedOn, string Statement, bool WaivesHearing);

internal sealed class RecordDefenceValidator : AbstractValidator<RecordDefenceRequest>
{
    public RecordDefenceValidator(TimeProvider time)
    {
        RuleFor(x => x.ReceivedOn).NotInTheFuture(time);
        RuleFor(x => x.Statement).NotEmpty().MaximumLength(4000);
    }
}

internal static class RecordDefence
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/defence", (Guid id, RecordDefenceRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.RecordDefence(request.ReceivedOn, request.Statement.Trim(), request.WaivesHearing, time), ct))
        .Validate<RecordDefenceRequest>()
        .WithRequestExample(Examples.Defence)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<EnforcementCase>(CaseRoles.Handlers)
        .WithName("RecordDefence")
        .WithSummary("陈述申辩: records the party's defence; from then on the penalty may not be heavier than in the notice (ENF-4).");
}
