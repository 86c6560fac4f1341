using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace RuleOfLaw.Testing;

/// <summary>Assertions on problem-details answers, as a client reads them.</summary>
public static class Problems
{
    /// <summary>The answer is 400 problem details whose <c>errors</c> name each of <paramref name="fields"/>.</summary>
    public static async Task AssertFieldErrorsAsync(HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(fields, field => Assert.True(errors.TryGetProperty(field, out _), $"no error for '{field}' in {errors}"));
    }

    /// <summary>The answer is 409 problem details naming <paramref name="ruleId"/>; returns its detail.</summary>
    public static async Task<string> AssertRefusedAsync(HttpResponseMessage response, string ruleId)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"expected 409 {ruleId}, got {(int)response.StatusCode}: {body}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(ruleId, problem.GetProperty("ruleId").GetString());
        return problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
    }

    /// <summary>
    /// A refusal as a client reads it in its language (decision 0018): sent with no <c>Accept-Language</c>, the answer is
    /// refused by <paramref name="ruleId"/> with the <paramref name="chinese"/> detail; sent again asking for English, with
    /// the <paramref name="english"/> one. A refusal changes nothing, so the same request can be sent twice.
    /// </summary>
    public static async Task AssertRefusedInBothLanguagesAsync(HttpClient client, Func<HttpRequestMessage> request, string ruleId, string chinese, string english)
    {
        foreach (var (language, expected) in new[] { ((string?)null, chinese), ("en", english) })
        {
            using var message = request();
            if (language is not null)
            {
                message.Headers.AcceptLanguage.ParseAdd(language);
            }

            using var response = await client.SendAsync(message);
            Assert.Equal(expected, await AssertRefusedAsync(response, ruleId));
        }
    }
}
