using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace RuleOfLaw.Gateway.Hardening;

/// <summary>
/// Headers on every response, the services' included: no sniffing, no framing, no referrer, and a
/// restrictive Content-Security-Policy for API responses; the HTML pages (login, API reference) get the
/// policy configured for their path. HSTS is added separately, outside development, on HTTPS.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<GatewaySettings> options)
{
    private readonly SecurityHeaderSettings _settings = options.Value.SecurityHeaders;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = _settings.ReferrerPolicy;
            headers.ContentSecurityPolicy = PolicyFor(context);
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    }

    private string PolicyFor(HttpContext context)
    {
        foreach (var (path, policy) in _settings.PageContentSecurityPolicies)
        {
            if (context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            {
                // Without a nonce (the script files themselves), the placeholder names none.
                var nonce = context.Items[ScalarOptions.NonceHttpContextItemKey] as string;
                return policy.Replace("{nonce}", nonce is null ? "none" : "nonce-" + nonce, StringComparison.Ordinal);
            }
        }

        return _settings.ContentSecurityPolicy;
    }
}
