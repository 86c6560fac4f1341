using System.Net;
using System.Text.Json;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>A path no route serves: 404 with problem details, in Chinese unless the client asks for English.</summary>
public sealed class UnknownRouteTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData(null, "未找到")]
    [InlineData("en", "Not found")]
    [InlineData("zh-CN,en;q=0.5", "未找到")]
    public async Task An_unknown_route_answers_404_problem_details_in_the_clients_language(string? language, string title)
    {
        using var client = fixture.Gateway.ClientFrom("127.0.12.1");
        using var request = Http.Request(HttpMethod.Get, "/api/no-such-service/records", TestTokens.Access("unknown-route"));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }
}
