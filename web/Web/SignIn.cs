using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RuleOfLaw.Web;

/// <summary>
/// Sign-in through the identity service (behind the gateway) with the authorization code flow and PKCE; the tokens
/// are kept in the app's own cookie, and the access token goes to the gateway as Bearer (see GatewayHandler).
/// Configuration: <c>Authentication:Authority</c> (the issuer, the gateway's public address),
/// <c>Authentication:ClientId</c> (default <c>ruleoflaw-web</c>), <c>Authentication:RequireHttpsMetadata</c>.
/// </summary>
public static class SignIn
{
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";

    private static readonly string[] Scopes = ["openid", "profile", "roles", "offline_access", "ruleoflaw-api"];

    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddSignIn(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Authentication");
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "ruleoflaw.web";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
                options.AccessDeniedPath = "/forbidden";
                options.Events.OnValidatePrincipal = RefreshAccessTokenAsync;
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = settings["Authority"];
                options.RequireHttpsMetadata = settings.GetValue("RequireHttpsMetadata", true);
                options.ClientId = settings["ClientId"] ?? "ruleoflaw-web";
                options.ResponseType = OpenIdConnectResponseType.Code;
                // The code comes back on a top-level GET: the correlation and nonce cookies can then be SameSite=Lax,
                // which a browser keeps over plain HTTP too (SameSite=None needs Secure).
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.UsePkce = true;
                options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
                options.Scope.Clear();
                foreach (var scope in Scopes)
                {
                    options.Scope.Add(scope);
                }

                options.SaveTokens = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.TokenValidationParameters.NameClaimType = ClaimNames.Name;
                options.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
            });
        // The code exchange and refreshes name the person's address too, as the API calls do (ForwardedForHandler).
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpContextAccessor>((options, accessor) =>
                options.BackchannelHttpHandler = new Gateway.ForwardedForHandler(accessor) { InnerHandler = new SocketsHttpHandler() });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static WebApplication MapSignIn(this WebApplication app)
    {
        app.MapGet(SignInPath, (string? returnUrl) =>
            TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]));
        // Out of this app and out of the identity service's login session (its end-session endpoint), then home.
        app.MapPost(SignOutPath, () => TypedResults.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        return app;
    }

    /// <summary>Only a path of this app: an absolute address in returnUrl would send the person elsewhere after sign-in.</summary>
    public static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    /// <summary>
    /// Access tokens are short-lived (15 minutes): a minute before expiry the refresh token gets a new pair, and the
    /// cookie is renewed with them. When refreshing fails (account disabled, token revoked) the person is signed out.
    /// </summary>
    private static async Task RefreshAccessTokenAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        if (expiresAt is null || refreshToken is null
            || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)
            || expires - RefreshAhead > TimeProvider.System.GetUtcNow())
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var oidc = services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
        using var request = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = oidc.ClientId!,
            ["refresh_token"] = refreshToken,
        });
        using var response = await oidc.Backchannel.PostAsync(new Uri(configuration.TokenEndpoint), request, context.HttpContext.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        var tokens = new OpenIdConnectMessage(await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted));
        context.Properties.UpdateTokenValue("access_token", tokens.AccessToken);
        if (!string.IsNullOrEmpty(tokens.RefreshToken))
        {
            context.Properties.UpdateTokenValue("refresh_token", tokens.RefreshToken);
        }

        var lifetime = int.TryParse(tokens.ExpiresIn, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
        context.Properties.UpdateTokenValue("expires_at", TimeProvider.System.GetUtcNow().AddSeconds(lifetime).ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }
}
