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
        cases.MapCaseStep("/{id:guid}/defence", Examples.Defence, (c, request, time) => c.RecordDefence(request.ReceivedOn, request.Statement.Trim(), request.WaivesHearing, time))
        .WithName("RecordDefence")
        .WithSummary("陈述申辩: records the party's defence; from then on the penalty may not be heavier than in the notice (ENF-4).");
}
