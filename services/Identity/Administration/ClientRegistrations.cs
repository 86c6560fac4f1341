using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RuleOfLaw.Identity.Administration;

/// <summary>What each kind of client may do, in OpenIddict's terms. Used by the API and the demo data alike.</summary>
public static class ClientRegistrations
{
    public static OpenIddictApplicationDescriptor DistrictSystem(string clientId, string displayName, string secret) => new()
    {
        ClientId = clientId,
        DisplayName = displayName,
        ClientSecret = secret,
        ClientType = ClientTypes.Confidential,
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.ClientCredentials,
            Permissions.Prefixes.Scope + IdentityService.ApiScope,
        },
    };

    public static OpenIddictApplicationDescriptor FrontEnd(string clientId, string displayName, IEnumerable<Uri> redirectUris, IEnumerable<Uri> postLogoutRedirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            // First-party front-ends of the district: a signed-in person is not asked to consent.
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                Permissions.Prefixes.Scope + IdentityService.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris);
        return descriptor;
    }

    /// <summary>The kind a registered client is, read back from what it may do.</summary>
    public static string KindOf(IEnumerable<string> permissions) =>
        permissions.Contains(Permissions.GrantTypes.ClientCredentials) ? ClientKinds.DistrictSystem : ClientKinds.FrontEnd;
}
