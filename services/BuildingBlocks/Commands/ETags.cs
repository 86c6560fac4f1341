using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.BuildingBlocks.Commands;

/// <summary>The ETag of a record is its row version; <c>If-Match</c> with an older one answers 412.</summary>
public static class ETags
{
    public static string Of(AggregateRoot record) => $"\"{record.Version}\"";

    /// <summary>True unless the request's If-Match names another version.</summary>
    public static bool Matches(HttpContext? context, AggregateRoot record)
    {
        var ifMatch = context?.Request.Headers.IfMatch.ToString();
        return string.IsNullOrEmpty(ifMatch) || ifMatch == "*" || ifMatch == Of(record);
    }

    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: ProblemLanguage.Text("记录在读取后已被更改", "The record changed since it was read"),
            detail: ProblemLanguage.Text("请重新读取，并以当前的 ETag 重试。", "Read it again and retry with its current ETag."));

    public static void Set(HttpContext? context, AggregateRoot record)
    {
        if (context is not null)
        {
            context.Response.Headers.ETag = Of(record);
        }
    }
}
