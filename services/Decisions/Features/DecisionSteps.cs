using Microsoft.Extensions.Options;

namespace RuleOfLaw.Decisions.Features;

/// <summary>
/// How a step of a decision's procedure is mapped: a POST on the decision, its body (if it has one) validated and
/// shown with its example, run through <see cref="DecisionCommands"/>, which answers the decision. Each use case
/// still says, in its own file, what it answers besides, who may take it, its name and its summary.
/// </summary>
internal static class DecisionSteps
{
    /// <summary>A step that takes no body.</summary>
    public static RouteHandlerBuilder MapStep(this RouteGroupBuilder decisions, string pattern, Action<MajorDecision, CommandTime> step) =>
        decisions.MapPost(pattern, (Guid id, DecisionCommands commands, CancellationToken ct) => commands.RunAsync(id, step, ct));

    /// <summary>A step that takes a body of <typeparamref name="TRequest"/>, validated before the step runs; <paramref name="example"/> is its example in the OpenAPI document.</summary>
    public static RouteHandlerBuilder MapStep<TRequest>(this RouteGroupBuilder decisions, string pattern, TRequest example, Action<MajorDecision, TRequest, CommandTime> step)
        where TRequest : class =>
        decisions.MapPost(pattern, (Guid id, TRequest request, DecisionCommands commands, CancellationToken ct) => commands.RunAsync(id, (d, t) => step(d, request, t), ct))
            .Validate<TRequest>()
            .WithRequestExample(example);

    /// <summary>A step that takes no body and reads the district's settings for decisions (periods, the hearing's minimums).</summary>
    public static RouteHandlerBuilder MapStep(this RouteGroupBuilder decisions, string pattern, Action<MajorDecision, CommandTime, DecisionSettings> step) =>
        decisions.MapPost(pattern, (Guid id, DecisionCommands commands, IOptions<DecisionSettings> settings, CancellationToken ct) => commands.RunAsync(id, (d, t) => step(d, t, settings.Value), ct));

    /// <summary>A step that takes a body of <typeparamref name="TRequest"/>, as above, and reads the district's settings for decisions.</summary>
    public static RouteHandlerBuilder MapStep<TRequest>(this RouteGroupBuilder decisions, string pattern, TRequest example, Action<MajorDecision, TRequest, CommandTime, DecisionSettings> step)
        where TRequest : class =>
        decisions.MapPost(pattern, (Guid id, TRequest request, DecisionCommands commands, IOptions<DecisionSettings> settings, CancellationToken ct) =>
                commands.RunAsync(id, (d, t) => step(d, request, t, settings.Value), ct))
            .Validate<TRequest>()
            .WithRequestExample(example);
}
