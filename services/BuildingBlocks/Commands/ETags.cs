using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Domain;

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
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The record changed since it was read", detail: "Read it again and retry with its current ETag.");

    public static void Set(HttpContext? context, AggregateRoot record)
    {
        if (context is not null)
        {
            context.Response.Headers.ETag = Of(record);
        }
    }
}
