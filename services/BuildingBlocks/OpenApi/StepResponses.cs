using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RuleOfLaw.BuildingBlocks.OpenApi;

public static class StepResponses
{
    /// <summary>What a step run through <c>RecordCommands</c> answers: the record as <typeparamref name="TResponse"/> (200), 404, 409 with the rule, 412 on a stale If-Match.</summary>
    public static RouteHandlerBuilder AnswersStep<TResponse>(this RouteHandlerBuilder endpoint) =>
        endpoint
            .Produces<TResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
