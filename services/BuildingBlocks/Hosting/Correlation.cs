using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RuleOfLaw.BuildingBlocks.Hosting;

/// <summary>
/// The correlation id of a request (<c>X-Correlation-Id</c>): taken from the caller when it is a
/// sane token (the gateway sets one on every request), made up otherwise; answered on the
/// response, put in the log scope and on the trace, and stamped on the events the request causes.
/// </summary>
public static partial class Correlation
{
    public const string Header = "X-Correlation-Id";

    private const string ItemKey = "RuleOfLaw.CorrelationId";

    /// <summary>The current request's correlation id, or null outside a request.</summary>
    public static string? Current(HttpContext? context) => context?.Items[ItemKey] as string;

    internal static WebApplication UseCorrelation(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RuleOfLaw.Correlation");
        app.Use(async (context, next) =>
        {
            var sent = context.Request.Headers[Header].ToString();
            var id = Sane().IsMatch(sent) ? sent : Guid.NewGuid().ToString("N");
            context.Items[ItemKey] = id;
            context.Response.Headers[Header] = id;
            Activity.Current?.SetTag("correlation.id", id);
            using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
            {
                await next(context);
            }
        });
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Sane();
}
