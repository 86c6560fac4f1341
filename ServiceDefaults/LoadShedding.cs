using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Past its capacity a process refuses at once (503 with <c>Retry-After</c>) instead of queueing
/// requests until they time out: at most <c>LoadShedding:ConcurrentRequests</c> are served at a time
/// and <c>LoadShedding:QueuedRequests</c> wait, newest refused first. Health endpoints are never shed.
/// The gateway and every service use it; the gateway's per-client rate limits (429) come after it.
/// </summary>
/// <remarks>
/// The limiter is .NET's <see cref="ConcurrencyLimiter"/>; this middleware only acquires and answers,
/// because ASP.NET Core's rate-limiting middleware has one global limiter, which the gateway uses
/// per client.
/// </remarks>
public static class LoadShedding
{
    public const string Section = "LoadShedding";

    public static WebApplication UseLoadShedding(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(Section).Get<LoadSheddingSettings>() ?? new LoadSheddingSettings();
        if (settings.ConcurrentRequests <= 0)
        {
            return app;
        }

        var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.ConcurrentRequests,
            QueueLimit = Math.Max(0, settings.QueuedRequests),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        var retryAfter = Math.Max(1, settings.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments(Extensions.HealthEndpointPath) || path.StartsWithSegments(Extensions.AlivenessEndpointPath))
            {
                await next(context);
                return;
            }

            using var lease = await limiter.AcquireAsync(1, context.RequestAborted);
            if (!lease.IsAcquired)
            {
                context.Response.Headers.RetryAfter = retryAfter;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().RefuseAsync(
                    context, StatusCodes.Status503ServiceUnavailable, "Busy", $"The service is at capacity; try again in {retryAfter} s.");
                return;
            }

            await next(context);
        });
        return app;
    }
}

/// <summary>Capacity of one process; sized to its database connection pool and cores.</summary>
public sealed class LoadSheddingSettings
{
    /// <summary>Requests served at once; 0 turns shedding off.</summary>
    public int ConcurrentRequests { get; init; } = 64;

    /// <summary>Requests that wait for a turn; beyond them, 503.</summary>
    public int QueuedRequests { get; init; } = 64;

    public int RetryAfterSeconds { get; init; } = 1;
}
