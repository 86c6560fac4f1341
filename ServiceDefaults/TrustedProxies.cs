using System.Net;
using Microsoft.AspNetCore.Builder;

namespace Microsoft.Extensions.Hosting;

/// <summary>Which proxies' <c>X-Forwarded-For</c> a process believes: only those configured, never loopback by default.</summary>
public static class TrustedProxies
{
    /// <summary>Replaces ASP.NET Core's default trust (loopback) with the configured proxies and networks.</summary>
    public static void TrustOnly(this ForwardedHeadersOptions options, IEnumerable<string> proxies, IEnumerable<string> networks)
    {
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
