using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Errors;

/// <summary>
/// Maps what a client can cause to its problem details: a refused rule → 409 with <c>ruleId</c> and
/// <c>basis</c>; unreadable input → 400; a stale ETag → 412. Anything else is the server's fault (500).
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RuleViolationException rule => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = $"urn:ruleoflaw:rule:{rule.RuleId}",
                Title = $"Refused by rule {rule.RuleId}",
                Detail = rule.Message,
                Extensions = { ["ruleId"] = rule.RuleId, ["basis"] = rule.Basis },
            },
            BadHttpRequestException bad => new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [FieldOf(bad)] = [bad.InnerException?.Message ?? bad.Message],
            })
            {
                Status = bad.StatusCode,
                Title = "The request could not be read",
            },
            Access.ActingUnitException acting => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "You act for another unit",
                Detail = acting.Message,
            },
            Access.RoleRequiredException role => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Your role does not allow this",
                Detail = role.Message,
            },
            RecordNotFoundException missing => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not found",
                Detail = missing.Message,
            },
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Already exists",
                Detail = "A record with the same identifying values exists already.",
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "The record changed since it was read",
                Detail = "Read it again and retry with its current ETag.",
            },
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// The field an unreadable body names: the JSON path where reading stopped (<c>$.positions[0].name</c>
    /// → <c>positions[0].name</c>, as validation names fields), else <c>request</c>.
    /// </summary>
    internal static string FieldOf(BadHttpRequestException bad)
    {
        var path = (bad.InnerException as System.Text.Json.JsonException)?.Path;
        var field = path is null ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? "request" : field;
    }
}
