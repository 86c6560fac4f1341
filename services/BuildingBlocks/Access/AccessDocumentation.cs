using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>
/// Publishes each operation's access rule in the OpenAPI document: the bearer security requirement
/// (none for public operations), <c>x-roles</c> (the roles allowed; empty when any signed-in caller or
/// anyone may call) and <c>x-unit-scope</c> (<c>anyone</c>, <c>signed-in</c>, <c>any-unit</c> or
/// <c>own-unit</c>), so clients and the access tests read the same rule the service enforces. The rule
/// is the endpoint's <see cref="AccessRule"/>; an endpoint without one (the identity service's
/// administration API) shows what its authorization metadata requires, resolved the way the
/// authorization middleware resolves it.
/// </summary>
internal static class AccessDocumentation
{
    /// <summary>The name of the bearer token scheme in the document's components.</summary>
    public const string BearerScheme = "bearer";

    public static Task AddSecuritySchemeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token (a JWT of type at+jwt) from the district's OpenID Connect issuer (the identity service, "
                + "/.well-known/openid-configuration), in the Authorization header. Tokens are checked as RFC8725 recommends: "
                + "an allowlist of asymmetric signature algorithms (never none, never a shared secret), the issuer, the audience, "
                + "the lifetime and the token type. Access tokens are short-lived; clients renew them with refresh tokens.",
        };
        return Task.CompletedTask;
    }

    public static async Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var rule = await RuleOfAsync(context);
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-roles"] = new JsonNodeExtension(new JsonArray([.. rule.Roles.Select(r => (JsonNode)JsonValue.Create(r))]));
        operation.Extensions["x-unit-scope"] = new JsonNodeExtension(JsonValue.Create(rule.UnitScope));
        operation.Security = rule.Anonymous
            ? [new OpenApiSecurityRequirement()]
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
    }

    /// <summary>The access rule of the operation's endpoint.</summary>
    public static async Task<AccessRule> RuleOfAsync(OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<AccessRule>().LastOrDefault() is { } declared)
        {
            return declared;
        }

        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return new AccessRule([], OwnUnit: false, Anonymous: true);
        }

        var policies = context.ApplicationServices.GetService<IAuthorizationPolicyProvider>();
        if (policies is null)
        {
            return new AccessRule([], OwnUnit: false, Anonymous: true);
        }

        var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>(), metadata.OfType<AuthorizationPolicy>())
            ?? await policies.GetFallbackPolicyAsync();
        if (policy is null)
        {
            return new AccessRule([], OwnUnit: false, Anonymous: true);
        }

        var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct(StringComparer.Ordinal).ToList();
        return new AccessRule(roles, OwnUnit: false, Anonymous: false);
    }
}
