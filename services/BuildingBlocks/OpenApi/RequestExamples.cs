using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RuleOfLaw.BuildingBlocks.OpenApi;

/// <summary>An example request body for an endpoint's OpenAPI description.</summary>
public sealed record RequestExample(object Value);

public static class RequestExamples
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Shows <paramref name="example"/> as the request body example in the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithRequestExample<T>(this RouteHandlerBuilder builder, T example)
        where T : notnull =>
        builder.WithMetadata(new RequestExample(example));

    /// <summary>Copies each endpoint's <see cref="RequestExample"/> into its operation's JSON request body.</summary>
    internal static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var example = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().LastOrDefault();
        if (example is not null && operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var media))
        {
            media.Example = JsonSerializer.SerializeToNode(example.Value, example.Value.GetType(), Json);
        }

        return Task.CompletedTask;
    }
}
