namespace RuleOfLaw.Enforcement.Features;

/// <summary>送达: the decision reached the party on <see cref="ServedOn"/> by <see cref="Method"/> (in person, by post, electronically…).</summary>
public sealed record ServeDecisionRequest(DateOnly ServedOn, string Method);

internal sealed class ServeDecisionValidator : AbstractValidator<ServeDecisionRequest>
{
    public ServeDecisionValidator(TimeProvider time)
    {
        RuleFor(x => x.ServedOn).NotInTheFuture(time);
        RuleFor(x => x.Method).NotEmpty().MaximumLength(100);
    }
}

internal static class ServeDecision
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapCaseStep("/{id:guid}/service", Examples.Serve, (c, request, time) => c.Serve(request.ServedOn, request.Method.Trim(), time))
        .WithName("ServeDecision")
        .WithSummary("送达 of the decision, due within 7 days of it (ENF-4).");
}
