using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on creating requests: the first request with a key reserves it, runs, and
/// stores its answer; a retry with the same key gets that answer again and creates nothing. A retry
/// while the first is still running answers 409. A reservation whose request never finished (the
/// process died) expires after <see cref="AbandonedAfter"/>, so the client can try again.
/// </summary>
/// <remarks>Written here: no served package keeps idempotency keys in the service's own PostgreSQL database.</remarks>
internal sealed class IdempotencyFilter : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await next(context);
        }

        if (key.Length > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Header] = ["At most 200 characters."] });
        }

        var services = http.RequestServices;
        var db = services.GetRequiredService<ServiceDbContext>();
        var now = TimeProvider.System.GetUtcNow();
        var scope = $"{http.Request.Method} {http.Request.Path}";
        var existing = await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, http.RequestAborted);
        if (existing is not null)
        {
            if (existing.StatusCode != 0)
            {
                return new Replayed(existing);
            }

            if (now - existing.CreatedAt < AbandonedAfter)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A request with this Idempotency-Key is still running", detail: "Retry in a moment.");
            }

            await db.Set<IdempotencyRecord>().Where(r => r.Scope == scope && r.Key == key).ExecuteDeleteAsync(http.RequestAborted);
        }

        if (!await TryReserveAsync(db, scope, key, now, http.RequestAborted))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A request with this Idempotency-Key is still running", detail: "Retry in a moment.");
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await ReleaseAsync(db, scope, key);
            throw;
        }

        if (result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
        {
            var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var body = result is IValueHttpResult { Value: { } value } ? JsonSerializer.Serialize(value, value.GetType(), json) : null;
            // Created<T> and CreatedAtRoute<T> expose Location; T varies, so it is read by name.
            var location = result.GetType().GetProperty("Location")?.GetValue(result) as string;
            await db.Set<IdempotencyRecord>().Where(r => r.Scope == scope && r.Key == key).ExecuteUpdateAsync(
                r => r.SetProperty(x => x.StatusCode, success.StatusCode!.Value).SetProperty(x => x.Body, body).SetProperty(x => x.Location, location),
                CancellationToken.None);
        }
        else
        {
            await ReleaseAsync(db, scope, key); // a refused request may be retried with the same key
        }

        return result;
    }

    private static async Task<bool> TryReserveAsync(ServiceDbContext db, string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO idempotency_records (scope, key, created_at, status_code) VALUES ({scope}, {key}, {now}, 0) ON CONFLICT DO NOTHING",
            cancellationToken);
        return inserted == 1;
    }

    private static async Task ReleaseAsync(ServiceDbContext db, string scope, string key) =>
        await db.Set<IdempotencyRecord>().Where(r => r.Scope == scope && r.Key == key && r.StatusCode == 0).ExecuteDeleteAsync(CancellationToken.None);

    /// <summary>The stored first answer, written again.</summary>
    private sealed class Replayed(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = record.StatusCode;
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (record.Location is not null)
            {
                httpContext.Response.Headers.Location = record.Location;
            }

            if (record.Body is not null)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await httpContext.Response.WriteAsync(record.Body);
            }
        }
    }
}

public static class IdempotencyExtensions
{
    /// <summary>Accepts an <c>Idempotency-Key</c> header: a retried request returns the first result, never a second record.</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) => builder.AddEndpointFilter<IdempotencyFilter>();
}
