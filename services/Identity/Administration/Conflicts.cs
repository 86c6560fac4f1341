using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Identity.Administration;

/// <summary>409 problem details, like every other error of the API.</summary>
internal static class Conflicts
{
    public static ProblemHttpResult AlreadyExists(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already exists", detail: detail);
}
