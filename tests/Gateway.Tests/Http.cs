using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace RuleOfLaw.Gateway.Tests;

internal static class Http
{
    public static async Task<Echo> EchoAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<Echo>() ?? throw new InvalidOperationException("No echo.");

    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer = null, string? json = "{}")
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null && method != HttpMethod.Get && method != HttpMethod.Head)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }

    public static string Comments() => $"/api/documents/{Guid.NewGuid()}/comments";
}
