using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RuleOfLaw.BuildingBlocks.OpenApi;

/// <summary>
/// What a client generator needs to read the document as the API behaves: query parameters named as clients
/// send them (camelCase, like JSON properties), numbers typed as numbers (the reader's tolerance of numbers in
/// strings is not part of the contract), the <c>If-Match</c> header and the <c>ETag</c> answer of a step on a
/// record, and the problem schemas with <c>ruleId</c>/<c>basis</c> (409) and <c>errors</c> (400).
/// </summary>
internal static class ClientGeneration
{
    public const string ValidationProblemSchema = "HttpValidationProblemDetails";

    /// <summary>
    /// <c>["integer","string"]</c> (and <c>["number","string"]</c>) with the digits pattern become plain
    /// <c>integer</c> (<c>number</c>); a nullable one stays nullable.
    /// </summary>
    public static Task PlainNumbersAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        PlainNumbers(schema);
        return Task.CompletedTask;
    }

    private static void PlainNumbers(OpenApiSchema schema)
    {
        if (schema.Type is { } type
            && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
            && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    /// <summary>Query parameters camelCase, and their numbers plain as well (<c>q</c>, <c>inForceOn</c>, <c>page</c>): the binder reads them case-insensitively.</summary>
    public static Task CamelCaseQueryAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name)
            {
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
            }

            if (parameter.Schema is OpenApiSchema schema)
            {
                PlainNumbers(schema);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A step on a record (a write on a route naming it that answers the record, 200, and may answer 412) takes
    /// <c>If-Match</c> and answers the record's new <c>ETag</c>.
    /// </summary>
    public static Task ConditionalStepsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var responses = operation.Responses;
        if (responses is null || !responses.ContainsKey("412") || !responses.TryGetValue("200", out var ok) || ok is not OpenApiResponse answered)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        if (!operation.Parameters.Any(p => string.Equals(p.Name, "If-Match", StringComparison.OrdinalIgnoreCase)))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = "The ETag of the record as the client last read it: when the record changed since, the step answers 412 and changes nothing. Without it the step applies to the record as it stands.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 40 },
            });
        }

        answered.Headers ??= new Dictionary<string, IOpenApiHeader>();
        answered.Headers["ETag"] = new OpenApiHeader
        {
            Description = "The record's new version, to send as If-Match with the next step.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 40 },
        };
        return Task.CompletedTask;
    }

    /// <summary>
    /// The problem schemas a client deserializes errors into: <c>ProblemDetails</c> with the rule refusal's
    /// <c>ruleId</c> and <c>basis</c>, and the 400's <c>HttpValidationProblemDetails</c> with its field <c>errors</c>.
    /// </summary>
    public static async Task ProblemSchemasAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        var schemas = document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!schemas.ContainsKey(ValidationProblemSchema))
        {
            schemas[ValidationProblemSchema] = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, cancellationToken);
        }

        if (schemas.TryGetValue("ProblemDetails", out var found) && found is OpenApiSchema problem)
        {
            problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
            problem.Properties["ruleId"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MaxLength = 20,
                Description = "On 409: the ID of the rule of the rulebook that refused the change, e.g. DOC-9.",
            };
            problem.Properties["basis"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MaxLength = 200,
                Description = "On 409: the legal basis of that rule.",
            };
        }
    }
}
