using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// How the gateway and every service validate access tokens: signature from the issuer's JWKS,
/// issuer, audience, lifetime, an algorithm allowlist and the access-token type, so an ID token or
/// an unsigned one is refused. Configuration section <c>Authentication</c>:
/// <c>Authority</c> (the issuer; its discovery document and JWKS are fetched from there) or
/// <c>MetadataAddress</c>, optional <c>Issuer</c> to pin it, <c>Audience</c> (default
/// <c>ruleoflaw-api</c>), <c>AccessTokenTypes</c> (default <c>at+jwt</c>) and
/// <c>RequireHttpsMetadata</c> (default true). Pointing these at another issuer (the province's
/// identity platform, say) is all it takes to trust it instead. With <c>Revocations:Address</c> set, a token
/// whose account was disabled or whose password was set since is refused too, within
/// <c>Revocations:MaxAge</c> (60 s): see <see cref="TokenRevocationList"/>.
/// </summary>
public static class TokenValidation
{
    public const string DefaultAudience = "ruleoflaw-api";

    /// <summary>Asymmetric algorithms only: never <c>none</c>, never a shared secret.</summary>
    public static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public static TBuilder AddTokenValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var section = builder.Configuration.GetSection("Authentication");
        var audience = section["Audience"] ?? DefaultAudience;
        var types = section.GetSection("AccessTokenTypes").Get<string[]>() is { Length: > 0 } configured ? configured : ["at+jwt"];
        var revocations = section.GetSection("Revocations").Get<TokenRevocationOptions>() ?? new TokenRevocationOptions();
        if (revocations.Address is not null)
        {
            builder.Services.AddSingleton(revocations);
            builder.Services.AddSingleton<TokenRevocationList>();
            builder.Services.AddHostedService<TokenRevocationRefresher>();
            builder.Services.AddHttpClient(TokenRevocationList.HttpClientName);
            builder.Services.AddHealthChecks().AddCheck<TokenRevocationHealthCheck>("token-revocations");
            builder.Services.TryAddSingleton(TimeProvider.System);
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.Authority = section["Authority"];
                if (section["MetadataAddress"] is { Length: > 0 } metadata)
                {
                    options.MetadataAddress = metadata;
                }

                options.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true);
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = section["Issuer"],
                    ValidateAudience = true,
                    ValidAudience = audience,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    ValidAlgorithms = Algorithms,
                    ValidTypes = types,
                    NameClaimType = RuleOfLaw.ClaimNames.Name,
                    RoleClaimType = RuleOfLaw.ClaimNames.Role,
                };
                if (revocations.Address is not null)
                {
                    options.Events = new JwtBearerEvents
                    {
                        OnTokenValidated = context =>
                        {
                            if (context.HttpContext.RequestServices.GetRequiredService<TokenRevocationList>().Refusal(context.Principal!) is { } refusal)
                            {
                                context.Fail(refusal);
                            }

                            return Task.CompletedTask;
                        },
                    };
                }
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
