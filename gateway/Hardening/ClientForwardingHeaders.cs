using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace RuleOfLaw.Gateway.Hardening;

/// <summary>
/// A client cannot tell the gateway, or the services behind it, who it is or how it connected: the
/// connection's own address is the client, unless the connection comes from a configured proxy, whose
/// <c>X-Forwarded-For</c>/<c>-Proto</c>/<c>-Host</c> are then applied. Whatever forwarding headers arrive are
/// removed afterwards, and YARP sets the gateway's own when it forwards.
/// </summary>
public static class ClientForwardingHeaders
{
    public static IServiceCollection AddClientForwardingHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<GatewaySettings>>((options, gateway) =>
        {
            var settings = gateway.Value.ForwardedHeaders;
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The defaults trust loopback; the gateway trusts only what is configured.
            options.TrustOnly(settings.KnownProxies, settings.KnownNetworks);
        });
        return services;
    }

    public static IApplicationBuilder UseClientForwardingHeaders(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<IOptions<GatewaySettings>>().Value.ForwardedHeaders;
        if (settings.KnownProxies.Count > 0 || settings.KnownNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        string[] stripped = [.. settings.StrippedHeaders];
        return app.Use(next => context =>
        {
            foreach (var header in stripped)
            {
                context.Request.Headers.Remove(header);
            }

            return next(context);
        });
    }
}
