using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on creating requests: the first request with a key reserves it, runs, and
/// stores its answer; a retry with the same key gets that answer again and creates nothing. A key is
/// the caller's own: it is scoped by who sends it, the method and the path. The same key with another
/// request answers 422. A retry while the first is still running answers 409. A reservation whose
/// request never finished (the process died) expires after <see cref="AbandonedAfter"/>, so the
/// client can try again.
/// </summary>
/// <remarks>Written here: no served package keeps idempotency keys in the service's own PostgreSQL database.</remarks>
internal sealed class IdempotencyFilter : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 200;
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    /// <summary>Set once a request is handled, so an endpoint given the filter twice (group and endpoint) runs it once.</summary>
    private static readonly object Handled = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key) || !http.Items.TryAdd(Handled, true))
        {
            return await next(context);
        }

        // Printable ASCII only: the key is stored in text columns and compared byte for byte.
        if (key.Length > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Header] = [$"At most {MaxKeyLength} printable ASCII characters."] });
        }

        var services = http.RequestServices;
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var db = services.GetRequiredService<ServiceDbContext>();
        var now = TimeProvider.System.GetUtcNow();
        var caller = CallerOf(http);
        var scope = $"{http.Request.Method} {http.Request.Path}";
        var hash = RequestHash(context, json);
        var records = db.Set<IdempotencyRecord>();
        var existing = await records.AsNoTracking().SingleOrDefaultAsync(r => r.Caller == caller && r.Scope == scope && r.Key == key, http.RequestAborted);
        if (existing is not null)
        {
            if (existing.RequestHash != hash)
            {
                return KeyReused();
            }

            if (existing.StatusCode != 0)
            {
                return new Replayed(existing);
            }

            if (now - existing.CreatedAt < AbandonedAfter)
            {
                return StillRunning();
            }

            await records.Where(r => r.Caller == caller && r.Scope == scope && r.Key == key).ExecuteDeleteAsync(http.RequestAborted);
        }

        if (!await TryReserveAsync(db, caller, scope, key, hash, now, http.RequestAborted))
        {
            return StillRunning();
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await ReleaseAsync(db, caller, scope, key);
            throw;
        }

        // Results<Created<T>, NotFound> wraps the result that was chosen: its status is the inner one's.
        var answered = result;
        while (answered is INestedHttpResult nested)
        {
            answered = nested.Result;
        }

        if (answered is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
        {
            var body = answered is IValueHttpResult { Value: { } value } ? JsonSerializer.Serialize(value, value.GetType(), json) : null;
            // Created<T> and CreatedAtRoute<T> expose Location; T varies, so it is read by name.
            var location = answered.GetType().GetProperty("Location")?.GetValue(answered) as string;
            await records.Where(r => r.Caller == caller && r.Scope == scope && r.Key == key).ExecuteUpdateAsync(
                r => r.SetProperty(x => x.StatusCode, success.StatusCode!.Value).SetProperty(x => x.Body, body).SetProperty(x => x.Location, location),
                CancellationToken.None);
        }
        else
        {
            await ReleaseAsync(db, caller, scope, key); // a refused request may be retried with the same key
        }

        return result;
    }

    /// <summary>
    /// Whose key it is: a signed-in person or a client application by its token's subject (<c>sub</c>,
    /// which is the client id for client credentials; <c>client_id</c>/<c>azp</c> if a token has no
    /// subject). Anonymous callers by the address the request came from: anonymous keys are not secret
    /// from each other, so one address's key never reaches another's answer; callers behind one proxy
    /// address share a scope, where the stored request hash still refuses a different request (422).
    /// </summary>
    internal static string CallerOf(HttpContext http)
    {
        var user = http.User;
        var id = user.Identity?.IsAuthenticated == true
            ? user.FindFirst(ClaimNames.Subject)?.Value ?? user.FindFirst(ClaimNames.ClientId)?.Value ?? user.FindFirst(ClaimNames.AuthorizedParty)?.Value
            : null;
        var caller = id is not null ? "sub:" + id : "anonymous:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return caller.Length <= 250 ? caller : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(caller)));
    }

    /// <summary>The request as the endpoint received it: its query string and its body as bound, so formatting does not count.</summary>
    private static string RequestHash(EndpointFilterInvocationContext context, JsonSerializerOptions json)
    {
        var http = context.HttpContext;
        var bodyType = http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var body = bodyType is null ? null : context.Arguments.FirstOrDefault(a => a is not null && bodyType.IsInstanceOfType(a));
        var bodyJson = body is null ? "" : JsonSerializer.Serialize(body, body.GetType(), json);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{http.Request.QueryString}\n{bodyJson}")));
    }

    private static async Task<bool> TryReserveAsync(ServiceDbContext db, string caller, string scope, string key, string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO idempotency_records (caller, scope, key, request_hash, created_at, status_code) VALUES ({caller}, {scope}, {key}, {hash}, {now}, 0) ON CONFLICT DO NOTHING",
            cancellationToken);
        return inserted == 1;
    }

    private static async Task ReleaseAsync(ServiceDbContext db, string caller, string scope, string key) =>
        await db.Set<IdempotencyRecord>().Where(r => r.Caller == caller && r.Scope == scope && r.Key == key && r.StatusCode == 0).ExecuteDeleteAsync(CancellationToken.None);

    private static ProblemHttpResult StillRunning() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A request with this Idempotency-Key is still running", detail: "Retry in a moment.");

    private static ProblemHttpResult KeyReused() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "This Idempotency-Key was used for another request",
            detail: "A key stands for one request: send a new key for a different body.",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Header] = ["Already used with a different request."] } });

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
