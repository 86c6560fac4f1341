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
}
