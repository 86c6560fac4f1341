using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RuleOfLaw;

/// <summary>
/// The correlation id of a request (<c>X-Correlation-Id</c>), the same at the gateway and in every service: the
/// caller's, when it is a sane token (at most 64 of <c>[A-Za-z0-9-_.]</c>), else a new one. It is set on the request
/// (so the gateway forwards it), answered on the response, put in the log scope (<c>CorrelationId</c>) and on the
/// request's activity as tag and baggage <c>correlation.id</c>, and stamped on the events the request causes.
/// </summary>
public static partial class Correlation
{
    public const string Header = "X-Correlation-Id";
    public const string ActivityKey = "correlation.id";
    public const string LogScopeKey = "CorrelationId";

    private const string ItemKey = "RuleOfLaw.CorrelationId";

    /// <summary>The current request's correlation id, or null outside a request.</summary>
    public static string? Current(HttpContext? context) => context?.Items[ItemKey] as string;

    public static bool IsSane(string? value) => value is not null && Sane().IsMatch(value);

    /// <summary>Gives every request its correlation id; put it first, so refusals carry the id too.</summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("RuleOfLaw.Correlation");
        return app.Use(async (context, next) =>
        {
            var sent = context.Request.Headers[Header];
            var id = sent.Count == 1 && IsSane(sent[0]) ? sent[0]! : Guid.NewGuid().ToString("N");

            context.Items[ItemKey] = id;
            context.Request.Headers[Header] = id; // forwarded as is by the gateway's proxy
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = id;
                return Task.CompletedTask;
            });
            Activity.Current?.SetTag(ActivityKey, id).SetBaggage(ActivityKey, id);

            using (logger.BeginScope(new Dictionary<string, object> { [LogScopeKey] = id }))
            {
                await next(context);
            }
        });
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Sane();
}
