using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RuleOfLaw.Identity.Connect;

/// <summary>
/// The parts of the OpenID Connect endpoints that decide who gets a token. OpenIddict has already
/// validated each request (client, redirect URI, PKCE, grant) before these run. They are described
/// by the discovery document, not the OpenAPI document.
/// </summary>
public static class ConnectEndpoints
{
    public static void MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(ConnectPaths.Authorize, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).ExcludeFromDescription().DisableAntiforgery();
        app.MapPost(ConnectPaths.Token, TokenAsync).ExcludeFromDescription().DisableAntiforgery();
        app.MapMethods(ConnectPaths.UserInfo, [HttpMethods.Get, HttpMethods.Post], UserInfoAsync).ExcludeFromDescription().DisableAntiforgery();
        app.MapMethods(ConnectPaths.EndSession, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync).ExcludeFromDescription().DisableAntiforgery();

        // Read by the gateway and the services every few seconds (ServiceDefaults' TokenValidation); not routed by the gateway.
        app.MapGet(Revocations.ListPath, async (HttpContext http, Revocations revocations, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(await revocations.ListAsync(ct));
        })
        .ExcludeFromDescription();
    }

    /// <summary>Signed in at the login page: issue a code for the account. Not signed in: send the browser to the login page first.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext http, Accounts accounts, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle the authorization request.");
        var signedIn = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var account = signedIn.Succeeded ? await accounts.FindActiveAsync(signedIn.Principal.FindFirstValue(Claims.Subject), ct) : null;
        // A sign-in from before the password was set (or the account disabled) no longer counts.
        if (account is { User: var user } && signedIn.Principal?.FindFirstValue(ClaimNames.SecurityStamp) != user.SecurityStamp)
        {
            account = null;
        }

        if (account is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            }

            if (signedIn.Succeeded)
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }

            // Back here after the login page, with the same parameters (minus prompt=login, or it would ask forever).
            var parameters = request.GetParameters()
                .Where(p => p.Key != Parameters.Prompt)
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()));
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [CookieAuthenticationDefaults.AuthenticationScheme]);
        }

        var principal = TokenPrincipals.ForUser(account.Value.User, account.Value.Unit, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, Accounts accounts, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle the token request.");
        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has checked the client's secret and its permission for this grant.
            System.Collections.Immutable.ImmutableArray<string> scopes = request.GetScopes().IsEmpty ? [IdentityService.ApiScope] : request.GetScopes();
            var applications = http.RequestServices.GetRequiredService<IOpenIddictApplicationManager>();
            var application = await applications.FindByClientIdAsync(request.ClientId!, ct) ?? throw new InvalidOperationException("OpenIddict authenticated an unknown client.");
            var displayName = await applications.GetDisplayNameAsync(application, ct);
            var registrationId = await applications.GetIdAsync(application, ct);
            return Results.SignIn(TokenPrincipals.ForDistrictSystem(request.ClientId!, displayName, registrationId, scopes), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The principal stored in the code or refresh token; the account is read again, so a disabled
            // account or a changed role takes effect at the next refresh.
            var stored = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var account = await accounts.FindActiveAsync(stored.Principal?.FindFirstValue(Claims.Subject), ct);
            if (account is null)
            {
                return Forbid(Errors.InvalidGrant, "The account no longer exists or is disabled.");
            }

            var principal = TokenPrincipals.ForUser(account.Value.User, account.Value.Unit, stored.Principal!.GetScopes());
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> UserInfoAsync(HttpContext http, Accounts accounts, CancellationToken ct)
    {
        var token = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var account = await accounts.FindActiveAsync(token.Principal?.FindFirstValue(Claims.Subject), ct);
        if (account is null)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The account no longer exists or is disabled.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var (user, unit) = account.Value;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = user.Id.ToString() };
        var principal = token.Principal!;
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = user.DisplayName;
            claims[Claims.PreferredUsername] = user.UserName;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = user.Roles.ToArray();
            if (unit is not null)
            {
                claims[ClaimNames.UnitId] = unit.Id.ToString();
                claims[ClaimNames.UnitCode] = unit.Code;
            }
        }

        return Results.Ok(claims);
    }

    /// <summary>Ends the sign-in at the login page, then returns to the client's post-logout address (if it gave a registered one).</summary>
    private static async Task<IResult> EndSessionAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = Login.LoginEndpoints.LoginPath }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
