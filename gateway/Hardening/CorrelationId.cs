using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RuleOfLaw.Gateway.Hardening;

/// <summary>
/// Every request has an <c>X-Correlation-Id</c>: the client's, when it is a sane token (at most 64 of
/// <c>[A-Za-z0-9-_.]</c>), else a new one. It is forwarded to the services, returned on the response, in the
/// log scope (<c>CorrelationId</c>), and on the request's activity as tag and baggage <c>correlation.id</c>.
/// </summary>
public sealed partial class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";
    public const string ActivityKey = "correlation.id";
    public const string LogScopeKey = "CorrelationId";

    public static bool IsSane(string? value) => value is not null && Sane().IsMatch(value);

    public async Task InvokeAsync(HttpContext context)
    {
        var sent = context.Request.Headers[HeaderName];
        var id = sent.Count == 1 && IsSane(sent[0]) ? sent[0]! : Guid.NewGuid().ToString("N");

        context.Request.Headers[HeaderName] = id; // forwarded as is by the proxy
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        Activity.Current?.SetTag(ActivityKey, id).SetBaggage(ActivityKey, id);

        using (logger.BeginScope(new Dictionary<string, object> { [LogScopeKey] = id }))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Sane();
}
