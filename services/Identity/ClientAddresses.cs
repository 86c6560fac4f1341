using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace RuleOfLaw.Identity;

/// <summary>
/// The proxies whose <c>X-Forwarded-For</c> the identity service believes (configuration section
/// <c>ForwardedHeaders</c>): the gateway, and whatever else sits between it and this service. Nobody else may
/// name the client's address; with none configured, the connection's own address is the client.
/// </summary>
public sealed class TrustedProxySettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>IP addresses of trusted proxies, e.g. the gateway's.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.20.0.0/16</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

/// <summary>Who a request comes from, for the sign-in throttle, the account history and every log line.</summary>
public static class ClientAddresses
{
    public static IHostApplicationBuilder AddClientAddresses(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TrustedProxySettings.Section).Get<TrustedProxySettings>() ?? new TrustedProxySettings();
        builder.Services.AddSingleton(settings);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // The client's address only: the issuer is configured, and the scheme and host stay the connection's own.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            // ASP.NET Core trusts loopback by default; here only what is configured is trusted.
            options.TrustOnly(settings.KnownProxies, settings.KnownNetworks);
        });
        return builder;
    }

    /// <summary>First in the pipeline: the forwarded address from a trusted proxy, then a log scope naming it.</summary>
    public static WebApplication UseClientAddresses(this WebApplication app)
    {
        // With no proxy configured the middleware would believe every peer, so it is not used at all.
        if (app.Services.GetRequiredService<TrustedProxySettings>().Any)
        {
            app.UseForwardedHeaders();
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RuleOfLaw.Identity.Requests");
        app.Use(async (context, next) =>
        {
            using (logger.BeginScope(new Dictionary<string, object?> { ["ClientAddress"] = context.Connection.RemoteIpAddress?.ToString() }))
            {
                await next(context);
            }
        });
        return app;
    }
}
