using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RuleOfLaw.Identity.Tests;

/// <summary>Text no field accepts, in a sign-in form, a token request or a query, answers 400; never 500.</summary>
public sealed class BadInputTests(IdentityServiceFactory service) : IClassFixture<IdentityServiceFactory>
{
    [Fact]
    public async Task Everyone_NUL_in_the_sign_in_form_answers_400_naming_the_field()
    {
        using var tokens = service.CreateTokenClient();
        var response = await tokens.SubmitLoginAsync(TokenClient.Pkce.Create(), "admin\0", Demo.Password);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("username", out _));
    }

    [Fact]
    public async Task Everyone_NUL_in_a_token_request_or_an_authorize_query_answers_400_never_500()
    {
        using var tokens = service.CreateTokenClient();
        var token = await tokens.ClientCredentialsAsync("district\0system", "secret");
        Assert.True(token.StatusCode == HttpStatusCode.BadRequest, await token.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await tokens.AuthorizeAsync(TokenClient.Pkce.Create(), clientId: "portal\0")).StatusCode);
    }
}
