using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RuleOfLaw.BuildingBlocks.Access;

namespace RuleOfLaw.BuildingBlocks.OpenApi;

/// <summary>
/// The error answers every operation can give, as problem details, where the endpoint did not list them itself:
/// 400 when it reads a body or parameters (unreadable JSON or a malformed value); 401 and 403 when it needs a
/// token; 404 when its route names a record; 409 (a rule refuses) and 412 (the record changed since its ETag was
/// read) for the writes of a domain service, whose exception handler maps rule refusals and lost races to them;
/// and 429 with <c>Retry-After</c> on every operation: the gateway limits requests per client before they reach
/// the service.
/// </summary>
internal static class ErrorResponses
{
    private const string ProblemSchema = "ProblemDetails";

    public static async Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var responses = operation.Responses ??= [];
        var rule = await AccessDocumentation.RuleOfAsync(context);
        var method = context.Description.HttpMethod ?? "GET";
        var write = method is "POST" or "PUT" or "PATCH" or "DELETE";
        var route = context.Description.RelativePath ?? "";
        var namesRecord = route.Contains('{', StringComparison.Ordinal);
        var domainService = AccessControl.IsEnabled(context.ApplicationServices);

        if (operation.RequestBody is not null || operation.Parameters is { Count: > 0 })
        {
            Add(responses, context, StatusCodes.Status400BadRequest, "The request could not be read, or a value is invalid (field errors).");
        }

        if (!rule.Anonymous)
        {
            Add(responses, context, StatusCodes.Status401Unauthorized, "No valid access token.");
            Add(responses, context, StatusCodes.Status403Forbidden, "The token's roles do not allow this operation.");
        }

        if (namesRecord)
        {
            Add(responses, context, StatusCodes.Status404NotFound, "No such record (or, for an own-unit operation, one of another unit).");
        }

        if (write && domainService)
        {
            Add(responses, context, StatusCodes.Status409Conflict, "A rule refuses the change; ruleId names it.");
            if (namesRecord)
            {
                Add(responses, context, StatusCodes.Status412PreconditionFailed, "The record changed since the ETag sent in If-Match was read.");
            }
        }

        var limited = Add(responses, context, StatusCodes.Status429TooManyRequests, "Too many requests from this client: retry after the time given.");
        limited.Headers ??= new Dictionary<string, IOpenApiHeader>();
        limited.Headers["Retry-After"] = new OpenApiHeader
        {
            Description = "Seconds to wait before retrying.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0" },
        };
    }

    /// <summary>Makes sure the problem details schema the responses refer to is among the document's components.</summary>
    public static async Task AddProblemSchemaAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(ProblemSchema))
        {
            document.Components.Schemas[ProblemSchema] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        }
    }

    private static OpenApiResponse Add(OpenApiResponses responses, OpenApiOperationTransformerContext context, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (responses.TryGetValue(key, out var existing) && existing is OpenApiResponse listed)
        {
            return listed;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = new OpenApiSchemaReference(status == StatusCodes.Status400BadRequest ? ClientGeneration.ValidationProblemSchema : ProblemSchema, context.Document),
                },
            },
        };
        responses[key] = response;
        return response;
    }
}
