using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using RuleOfLaw.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RuleOfLaw.Identity.Connect;

/// <summary>
/// Builds what a token says about its holder: who (<c>sub</c>, <c>name</c>), what they may do (<c>role</c>,
/// one claim each), for which unit (<c>unit_id</c>, <c>unit_code</c>), and which token carries each claim.
/// </summary>
public static class TokenPrincipals
{
    public static ClaimsPrincipal ForUser(UserAccount user, Unit? unit, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(Claims.Name, user.DisplayName);
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        identity.SetClaims(Claims.Role, [.. user.Roles]);
        identity.SetClaim(ClaimNames.SecurityStamp, user.SecurityStamp);
        if (unit is not null)
        {
            identity.SetClaim(ClaimNames.UnitId, unit.Id.ToString());
            identity.SetClaim(ClaimNames.UnitCode, unit.Code);
        }

        return Finish(identity, scopes);
    }

    /// <summary>A district system calling with its client credentials: the client is the subject.</summary>
    public static ClaimsPrincipal ForDistrictSystem(string clientId, string? displayName, string? registrationId, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(ClaimNames.SecurityStamp, registrationId);
        identity.SetClaim(Claims.Name, displayName ?? clientId);
        identity.SetClaims(Claims.Role, [Roles.DistrictSystem]);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetAudiences(IdentityService.ApiAudience);
        principal.SetResources(IdentityService.ApiAudience);
        identity.SetDestinations(claim => Destinations(claim, principal));
        return principal;
    }

    // Every claim goes into the access token, which the district's APIs read. The identity token, read by the
    // front-end, carries the profile and roles only when the client asked for them.
    private static string[] Destinations(Claim claim, ClaimsPrincipal principal) => claim.Type switch
    {
        Claims.Subject => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        Claims.Name or Claims.PreferredUsername when principal.HasScope(Scopes.Profile) =>
            [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        Claims.Role or ClaimNames.UnitId or ClaimNames.UnitCode when principal.HasScope(Scopes.Roles) =>
            [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        _ => [OpenIddictConstants.Destinations.AccessToken],
    };
}
