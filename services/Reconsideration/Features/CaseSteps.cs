using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// How a step of a reconsideration case is mapped: a POST on the case whose body is validated before it runs and
/// shown by its example, run through <see cref="CaseCommands"/> (404, If-Match/ETag, one transaction). The case
/// checks its rules; a refused transition is a 409 naming the rule. Who takes the step decides how the case is found:
/// the office finds every case, the applicant only their own. Each route names and describes itself where it is mapped.
/// </summary>
/// <remarks>
/// The handlers are typed delegates handed to <c>MapPost</c>, not lambdas written in the call: the route handler
/// analyzer of .NET 10 fails on a lambda whose parameter is a type parameter (dotnet/aspnetcore#56831). The endpoint
/// is the same either way; <see cref="RemedyRoutes{TRecord, TResponse}"/> does likewise.
/// </remarks>
internal static class CaseSteps
{
    /// <summary>A step of the reconsideration office on any case.</summary>
    public static RouteHandlerBuilder MapCaseStep<TRequest>(this RouteGroupBuilder cases, string pattern, TRequest example, Action<ReconsiderationCase, TRequest, CommandTime> step)
        where TRequest : notnull
    {
        Func<Guid, TRequest, CaseCommands, CancellationToken, Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>>> handler =
            (id, request, commands, ct) => commands.RunAsync(id, (c, time) => step(c, request, time), ct);
        return cases.MapPost(pattern, handler).DescribedAsStep(example).ForRoles(CaseAccess.Office);
    }

    /// <summary>A step of the applicant on their own case; anyone else's case answers 404.</summary>
    public static RouteHandlerBuilder MapApplicantStep<TRequest>(this RouteGroupBuilder cases, string pattern, TRequest example, Action<ReconsiderationCase, TRequest, CommandTime> step)
        where TRequest : notnull
    {
        Func<Guid, TRequest, CaseCommands, CancellationToken, Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>>> handler =
            (id, request, commands, ct) => commands.RunAsApplicantAsync(id, (c, time) => step(c, request, time), ct);
        return cases.MapPost(pattern, handler).DescribedAsStep(example).ForRoles(Roles.Citizen);
    }

    /// <summary>What every step of every record of the service declares: its validated body, its example, and 409 for a refused transition.</summary>
    public static RouteHandlerBuilder DescribedAsStep<TRequest>(this RouteHandlerBuilder step, TRequest example)
        where TRequest : notnull =>
        step.Validate<TRequest>()
            .WithRequestExample(example)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
