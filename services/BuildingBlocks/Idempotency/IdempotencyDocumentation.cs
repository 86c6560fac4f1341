using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RuleOfLaw.BuildingBlocks.Idempotency;

/// <summary>
/// Shows on each operation that honours it the <c>Idempotency-Key</c> header and the 422 of a key
/// reused for another request; an endpoint that opted out says why in <c>x-idempotency</c>.
/// </summary>
internal static class IdempotencyDocumentation
{
    public static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<NoIdempotentReplay>().LastOrDefault() is { } optOut)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-idempotency"] = new JsonNodeExtension(JsonValue.Create("not replayed: " + optOut.Reason));
            return Task.CompletedTask;
        }

        if (!metadata.OfType<IdempotentCreation>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyFilter.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A key of the caller's choosing: a retry with the same key and the same request returns the first answer and creates nothing; the same key with another request answers 422.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
        });
        operation.Responses ??= [];
        operation.Responses.TryAdd("422", new OpenApiResponse { Description = "The Idempotency-Key was used before for a different request." });
        return Task.CompletedTask;
    }
}
