using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace RuleOfLaw.Testing;

/// <summary>Creating requests sent with an <c>Idempotency-Key</c>, and what a client sees of a replay.</summary>
public static class IdempotentRequests
{
    public const string Header = "Idempotency-Key";

    /// <summary>POSTs <paramref name="body"/> as JSON to <paramref name="path"/> with <paramref name="key"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, object body, string key, JsonSerializerOptions? json = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, body.GetType(), options: json) };
        request.Headers.Add(Header, key);
        return await client.SendAsync(request);
    }

    public static bool IsReplayed(HttpResponseMessage response) => response.Headers.Contains("Idempotent-Replayed");

    /// <summary>A first request and its retry: both 201 at the same address, the retry a replay.</summary>
    public static void AssertRetryReplayed(HttpResponseMessage first, HttpResponseMessage retry)
    {
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.False(IsReplayed(first));
        Assert.True(IsReplayed(retry), "the retry was not answered from the first request");
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
    }
}
