using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Errors;

/// <summary>
/// Maps what a client can cause to its problem details: a refused rule → 409 with <c>ruleId</c> and
/// <c>basis</c>, titled and told the reason in the request's language (decision 0018); unreadable input → 400; a stale ETag → 412. Anything else is the server's fault (500).
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
                Title = ProblemLanguage.Text($"不符合规则 {rule.RuleId}「{rule.Rule.Name}」", $"Refused by rule {rule.RuleId} ({rule.Rule.EnglishName})"),
                Detail = ProblemLanguage.Text(rule.Chinese, rule.English),
                Extensions = { ["ruleId"] = rule.RuleId, ["basis"] = rule.Basis },
            },
            BadHttpRequestException bad => new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [FieldOf(bad)] = [UnreadableValue.Describe(bad)],
            })
            {
                Status = bad.StatusCode,
                Title = ProblemLanguage.Text("请求无法读取", "The request could not be read"),
            },
            Access.ActingUnitException acting => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = ProblemLanguage.Text("您代表的是另一个单位", "You act for another unit"),
                Detail = ProblemLanguage.Text(acting.Chinese, acting.Message),
            },
            Access.RoleRequiredException role => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = ProblemLanguage.Text("您的角色无权进行此操作", "Your role does not allow this"),
                Detail = ProblemLanguage.Text(role.Chinese, role.Message),
            },
            RecordNotFoundException missing => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = ProblemLanguage.Text("未找到", "Not found"),
                Detail = ProblemLanguage.Text(missing.Chinese, missing.Message),
            },
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = ProblemLanguage.Text("记录已存在", "Already exists"),
                Detail = ProblemLanguage.Text("已有标识相同的记录。", "A record with the same identifying values exists already."),
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = ProblemLanguage.Text("记录在读取后已被更改", "The record changed since it was read"),
                Detail = ProblemLanguage.Text("请重新读取，并以当前的 ETag 重试。", "Read it again and retry with its current ETag."),
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
