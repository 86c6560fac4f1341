namespace RuleOfLaw.Enforcement.Features;

/// <summary>
/// How a step of a case is offered: a POST under the case with a validated body, run by <see cref="CaseCommands"/>
/// on a case of the caller's own unit; the case's rules refuse a step out of order with 409 and the rule's id.
/// </summary>
internal static class CaseSteps
{
    /// <summary>
    /// A step the case's handlers (<see cref="CaseRoles.Handlers"/>) take with nothing but its body: <paramref name="step"/>
    /// calls the case's method for it.
    /// </summary>
    public static RouteHandlerBuilder MapCaseStep<TRequest>(this RouteGroupBuilder cases, string pattern, TRequest example, Action<EnforcementCase, TRequest, CommandTime> step)
        where TRequest : notnull =>
        cases.MapPost(pattern, (Guid id, TRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => step(c, request, time), ct))
        .AsCaseStep(example, CaseRoles.Handlers);

    /// <summary>
    /// What every step of a case declares: its body validated and shown by <paramref name="example"/>, the 409 of a
    /// refused step, and who may take it (<paramref name="roles"/>, on a case of their own unit).
    /// </summary>
    public static RouteHandlerBuilder AsCaseStep<TRequest>(this RouteHandlerBuilder step, TRequest example, params string[] roles)
        where TRequest : notnull =>
        step.Validate<TRequest>()
        .WithRequestExample(example)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<EnforcementCase>(roles);
}
