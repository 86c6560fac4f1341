using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>
/// Publishes each operation's <see cref="AccessRule"/> in the OpenAPI document: <c>x-roles</c> (the
/// roles allowed; empty for public operations) and <c>x-unit-scope</c> (<c>anyone</c>,
/// <c>any-unit</c> or <c>own-unit</c>), so clients and the access tests read the same rule the
/// service enforces.
/// </summary>
internal static class AccessDocumentation
{
    public static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var rule = context.Description.ActionDescriptor.EndpointMetadata.OfType<AccessRule>().LastOrDefault()
            ?? new AccessRule([], OwnUnit: false, Anonymous: false);
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-roles"] = new JsonNodeExtension(new JsonArray([.. rule.Roles.Select(r => (JsonNode)JsonValue.Create(r))]));
        operation.Extensions["x-unit-scope"] = new JsonNodeExtension(JsonValue.Create(rule.UnitScope));
        return Task.CompletedTask;
    }
}
