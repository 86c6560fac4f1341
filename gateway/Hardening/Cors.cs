using Microsoft.AspNetCore.Cors.Infrastructure;

namespace RuleOfLaw.Gateway.Hardening;

/// <summary>
/// Browsers may call the API from the origins in <c>Cors:AllowedOrigins</c> and no others; none are allowed
/// unless configured. Bearer tokens, not cookies: credentials are not allowed. A wildcard is refused.
/// </summary>
public static class GatewayCors
{
    public const string AllowedOriginsKey = "Cors:AllowedOrigins";

    public static readonly string[] ExposedHeaders =
        [Correlation.Header, "Location", "ETag", "Retry-After", "Idempotent-Replayed", "WWW-Authenticate"];

    public static IServiceCollection AddGatewayCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((cors, configuration) =>
        {
            var origins = configuration.GetSection(AllowedOriginsKey).Get<string[]>() ?? [];
            if (origins.Any(o => o.Contains('*', StringComparison.Ordinal)))
            {
                throw new InvalidOperationException(AllowedOriginsKey + " lists origins one by one; a wildcard is not allowed.");
            }

            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(origins)
                .WithMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
                .AllowAnyHeader()
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
        });
        return services;
    }
}
