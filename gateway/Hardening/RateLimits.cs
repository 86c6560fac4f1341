using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RuleOfLaw.Gateway.Hardening;

/// <summary>
/// One fixed window per client: the client of a valid token (its <c>client_id</c> or <c>azp</c> with its
/// <c>sub</c>), else the connection's IP address — the real one, never an <c>X-Forwarded-For</c> a client
/// sent. Anonymous writes and sign-in attempts have tighter windows of their own. Over the limit: 429 with
/// <c>Retry-After</c> and a problem body.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, ConfigureLimiter>();
        services.AddRateLimiter(_ => { });
        return services;
    }

    /// <summary>The partition a request counts against, e.g. <c>client:ruleoflaw-portal/42</c> or <c>anonymous-write:203.0.113.7</c>.</summary>
    public static string PartitionOf(HttpContext context, AccessPolicy policy, IReadOnlyList<RequestPattern> signIn)
    {
        var request = context.Request;
        var address = ClientAddress(context.Connection.RemoteIpAddress);
        if (signIn.Any(p => p.Matches(request)))
        {
            return "sign-in:" + address;
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            var client = context.User.FindFirst(ClaimNames.ClientId)?.Value ?? context.User.FindFirst(ClaimNames.AuthorizedParty)?.Value ?? "";
            var subject = context.User.FindFirst(ClaimNames.Subject)?.Value ?? "";
            return "client:" + client + "/" + subject;
        }

        return policy.IsAnonymousWrite(request) ? "anonymous-write:" + address : "anonymous:" + address;
    }

    /// <summary>An IPv4 address as it is; an IPv6 address by its /64, which one subscriber commonly holds whole.</summary>
    public static string ClientAddress(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private sealed class ConfigureLimiter(IOptions<GatewaySettings> settings, AccessPolicy policy, IProblemDetailsService problems)
        : IConfigureOptions<RateLimiterOptions>
    {
        public void Configure(RateLimiterOptions options)
        {
            var limits = settings.Value.RateLimits;
            var exempt = new HashSet<string>(limits.ExemptPaths, StringComparer.OrdinalIgnoreCase);
            RequestPattern[] signIn = [.. limits.SignIn.Requests.Select(RequestPattern.Parse)];

            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (exempt.Contains(context.Request.Path.Value ?? ""))
                {
                    return RateLimitPartition.GetNoLimiter("exempt");
                }

                var partition = PartitionOf(context, policy, signIn);
                var limit = partition[..partition.IndexOf(':', StringComparison.Ordinal)] switch
                {
                    "sign-in" => limits.SignIn,
                    "client" => limits.Authenticated,
                    "anonymous-write" => limits.AnonymousWrites,
                    _ => limits.Anonymous,
                };
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = limit.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await problems.RefuseAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests", $"Too many requests from this client; try again in {seconds} s.");
            };
        }
    }
}
