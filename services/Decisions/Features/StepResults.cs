namespace RuleOfLaw.Decisions.Features;

internal static class StepResults
{
    /// <summary>What a step of a shared procedure (comment, review, meeting) declares: the decision (200), 404, 409 with the rule, 412 on a stale If-Match.</summary>
    public static RouteHandlerBuilder ProducesStepResults(this RouteHandlerBuilder endpoint) =>
        endpoint
            .Produces<DecisionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
