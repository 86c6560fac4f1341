namespace RuleOfLaw.Web.Gateway;

/// <summary>
/// Names the person's own address (<c>X-Forwarded-For</c>) on the calls this app makes for them, to the API and to
/// the token endpoint, so the gateway's per-client limits (anonymous writes, sign-ins) count each person, not this
/// server. The gateway believes the header only from addresses it is configured to trust as proxies
/// (<c>Gateway:ForwardedHeaders</c>); anything else is the connection's own address there. Calls made without a
/// request (an interactive component's) carry none and count as this server.
/// </summary>
public sealed class ForwardedForHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("X-Forwarded-For");
        if (accessor.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.Add("X-Forwarded-For", (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
