using Microsoft.AspNetCore.Http;

namespace RuleOfLaw;

/// <summary>
/// How a middleware refuses a request before any endpoint runs (load shedding, rate limits, size limits, access):
/// the status, then a problem-details body through the host's <see cref="IProblemDetailsService"/>, so the refusal
/// carries the same fields (trace and correlation ids, language) as every other problem the host writes.
/// </summary>
public static class Refusals
{
    public static async Task RefuseAsync(this IProblemDetailsService problems, HttpContext context, int status, string title, string? detail = null)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
