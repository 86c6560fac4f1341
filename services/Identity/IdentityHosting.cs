using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Identity.Connect;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Demo;
using RuleOfLaw.Identity.Domain;
using RuleOfLaw.Identity.Keys;
using RuleOfLaw.Identity.Login;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RuleOfLaw.Identity;

/// <summary>What the identity service adds to the shared hosting: OpenIddict's server and validation, the sign-in cookie, keys, accounts.</summary>
public static class IdentityHosting
{
    /// <summary>The authorization policy of the administration API.</summary>
    public const string AdministratorPolicy = "administrator";

    public static IHostApplicationBuilder AddIdentityServer(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var settings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
        services.Configure<IdentitySettings>(builder.Configuration.GetSection(IdentitySettings.Section));

        services.AddSingleton<ServerKeyStore>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerKeysConfiguration>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddScoped<Accounts>();
        services.AddScoped<Revocations>();
        services.AddScoped<IDemoDataSeeder, DemoIdentities>();

        // Cookies and antiforgery tokens stay readable across restarts and instances.
        services.AddDataProtection().SetApplicationName("ruleoflaw-identity").PersistKeysToDbContext<IdentityDbContext>();
        var secure = settings.PublicAddressIsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ruleoflaw.antiforgery";
            options.Cookie.SecurePolicy = secure;
            options.FormFieldName = LoginPage.AntiforgeryField;
        });

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "ruleoflaw.signin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax; // sent on the top-level redirect back to /connect/authorize
                options.Cookie.SecurePolicy = secure;
                options.ExpireTimeSpan = settings.SignInLifetime;
                options.SlidingExpiration = false;
                options.LoginPath = LoginEndpoints.LoginPath;
                // Relative, so the browser stays on the address it used (the gateway), not this service's own.
                options.Events.OnRedirectToLogin = context =>
                {
                    var target = new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute);
                    context.Response.Redirect(target.IsAbsoluteUri ? target.PathAndQuery : context.RedirectUri);
                    return Task.CompletedTask;
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(AdministratorPolicy, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(Roles.Admin));

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                if (settings.Issuer is not null)
                {
                    server.SetIssuer(settings.Issuer);
                }

                server.SetAuthorizationEndpointUris(ConnectPaths.Endpoint(settings.Issuer, ConnectPaths.Authorize))
                    .SetTokenEndpointUris(ConnectPaths.Endpoint(settings.Issuer, ConnectPaths.Token))
                    .SetUserInfoEndpointUris(ConnectPaths.Endpoint(settings.Issuer, ConnectPaths.UserInfo))
                    .SetEndSessionEndpointUris(ConnectPaths.Endpoint(settings.Issuer, ConnectPaths.EndSession))
                    .SetRevocationEndpointUris(ConnectPaths.Endpoint(settings.Issuer, ConnectPaths.Revocation))
                    .SetJsonWebKeySetEndpointUris(ConnectPaths.Endpoint(settings.Issuer, ConnectPaths.Jwks));
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                // PKCE with S256 only: with plain the challenge is the verifier, so whoever reads the authorization
                // request (a log, a proxy, the browser history) can redeem the code. A request naming plain, or no
                // method (which means plain), is refused, and discovery offers S256 alone.
                server.Configure(options =>
                {
                    options.CodeChallengeMethods.Clear();
                    options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                });
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, IdentityService.ApiScope);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Role, ClaimNames.UnitId, ClaimNames.UnitCode);
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    // A rotated refresh token is spent: replaying it is refused, and OpenIddict revokes the tokens issued from it.
                    .SetRefreshTokenReuseLeeway(settings.RefreshTokenReuseLeeway);
                // Plain signed JWTs (typ at+jwt), so the gateway and the services validate them with the JWKS alone.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // TLS ends at the gateway: requests reach this service over plain HTTP inside the district's network.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                // The administration API accepts this server's own access tokens for the district's APIs, nothing else.
                validation.UseLocalServer();
                validation.AddAudiences(IdentityService.ApiAudience);
                // Each access token's entry is read: one revoked with its account (disabled, password set) is refused at once.
                validation.EnableTokenEntryValidation();
                validation.UseAspNetCore();
            });

        return builder;
    }

    /// <summary>Authentication, authorization and antiforgery, in that order, before the endpoints run.</summary>
    public static WebApplication UseIdentityServer(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
