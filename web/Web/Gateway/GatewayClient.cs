using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;

namespace RuleOfLaw.Web.Gateway;

/// <summary>What the gateway answered: the value, or the problem to show beside the form.</summary>
public sealed record ApiResult<T>(T? Value, Problem? Problem)
{
    public bool Succeeded => Problem is null;
}

/// <summary>Problem details as the services write them (RFC 9457 with <c>ruleId</c>, <c>basis</c> and field <c>errors</c>), in Chinese.</summary>
public sealed record Problem(
    string? Title,
    string? Detail,
    int? Status,
    string? RuleId,
    string? Basis,
    IReadOnlyDictionary<string, string[]>? Errors)
{
    /// <summary>An answer without a body (the gateway's 401, 429, 503), told in Chinese.</summary>
    public static Problem Of(HttpStatusCode status) => new(
        status switch
        {
            HttpStatusCode.Unauthorized => "请先登录。",
            HttpStatusCode.Forbidden => "您没有办理此事项的权限。",
            HttpStatusCode.NotFound => "未找到该记录，或您无权查看。",
            HttpStatusCode.TooManyRequests => "提交过于频繁，请稍后再试。",
            HttpStatusCode.ServiceUnavailable => "系统繁忙，请稍后再试。",
            _ => "请求未能完成，请稍后再试。",
        },
        null, (int)status, null, null, null);
}

/// <summary>
/// The one way this app reaches the system: the gateway (service discovery name <c>gateway</c>), with the signed-in
/// person's access token and <c>Accept-Language: zh-CN</c> (see <see cref="GatewayHandler"/>).
/// </summary>
public sealed class GatewayClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>
    /// Posts a step or a new record. <paramref name="idempotencyKey"/> is the key of the form the person filled in
    /// (made when the form was shown), so submitting it twice creates one record.
    /// </summary>
    public async Task<ApiResult<T>> PostAsync<T>(string path, object body, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, body.GetType(), options: Json) };
        if (idempotencyKey is { Length: > 0 })
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>A query string from the parameters that have a value.</summary>
    public static string Query(string path, params (string Name, object? Value)[] parameters)
    {
        var builder = new StringBuilder(path);
        var first = true;
        foreach (var (name, value) in parameters)
        {
            var text = value switch
            {
                null => null,
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            builder.Append(first ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(text));
            first = false;
        }

        return builder.ToString();
    }

    private static async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return new ApiResult<T>(await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null);
        }

        var media = response.Content.Headers.ContentType?.MediaType;
        if (media is "application/problem+json" or "application/json")
        {
            try
            {
                var problem = await response.Content.ReadFromJsonAsync<Problem>(Json, cancellationToken);
                if (problem is not null && (problem.Title is not null || problem.Detail is not null))
                {
                    return new ApiResult<T>(default, problem);
                }
            }
            catch (JsonException)
            {
                // not problem details after all: told by its status below
            }
        }

        return new ApiResult<T>(default, Problem.Of(response.StatusCode));
    }
}

/// <summary>Adds the signed-in person's access token and the language to every call to the gateway.</summary>
public sealed class GatewayHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.AcceptLanguage.Clear();
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        if (accessor.HttpContext is { } context && context.User.Identity?.IsAuthenticated == true
            && await context.GetTokenAsync("access_token") is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}

public static class GatewayRegistration
{
    /// <summary>The typed client for the gateway, found by service discovery like every other call between the parts.</summary>
    public static IServiceCollection AddGatewayClient(this IServiceCollection services)
    {
        services.AddTransient<GatewayHandler>();
        services.AddTransient<ForwardedForHandler>();
        services.AddHttpClient<GatewayClient>(client => client.BaseAddress = new Uri($"http://{ResourceNames.Gateway}"))
            .AddHttpMessageHandler<GatewayHandler>()
            .AddHttpMessageHandler<ForwardedForHandler>();
        services.AddScoped<UnitNames>();
        return services;
    }
}
