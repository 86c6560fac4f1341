using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Identity.Tests;

/// <summary>Another district system gets a token as itself, with its client id and secret.</summary>
public sealed class DistrictSystemTests(IdentityServiceFactory service) : IClassFixture<IdentityServiceFactory>
{
    [Fact]
    public async Task District_system_gets_an_access_token_with_client_credentials()
    {
        using var client = service.CreateTokenClient();
        var tokens = await TokenClient.ReadTokensAsync(await client.ClientCredentialsAsync(Demo.DistrictSystem, Demo.DistrictSystemSecret));

        Assert.Null(tokens.RefreshToken);
        var token = AccessTokens.Read(tokens.AccessToken);
        Assert.Equal("at+jwt", token.Typ);
        Assert.Equal(Demo.DistrictSystem, token.Subject);
        Assert.Equal(["district-system"], AccessTokens.Values(token, "role"));
        Assert.Contains(IdentityService.ApiAudience, token.Audiences);
        Assert.Equal("ruleoflaw-api", token.GetClaim("scope").Value);
        Assert.True((await AccessTokens.ValidateAsync(tokens.AccessToken, await AccessTokens.JwksAsync(client.Http))).IsValid);
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        using var client = service.CreateTokenClient();
        var response = await client.ClientCredentialsAsync(Demo.DistrictSystem, "not-the-secret-of-the-district-data-exchange");
        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("invalid_client", await TokenClient.ErrorOfAsync(response));
    }

    [Fact]
    public async Task The_public_portal_cannot_use_client_credentials()
    {
        using var client = service.CreateTokenClient();
        var response = await client.ClientCredentialsAsync(Demo.Portal, "anything-at-all-for-a-public-client");
        Assert.False(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_district_system_token_does_not_open_the_administration_API()
    {
        using var client = service.CreateTokenClient();
        var tokens = await TokenClient.ReadTokensAsync(await client.ClientCredentialsAsync(Demo.DistrictSystem, Demo.DistrictSystemSecret));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/users");
        request.Headers.Authorization = new("Bearer", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("a-very-long-and-entirely-human-chosen-client-secret-2026")]
    public async Task A_client_secret_chosen_by_the_caller_is_refused_and_none_is_registered(string chosen)
    {
        using var admin = await AdministrationTests.SignedInAsync(service, "admin");
        var clientId = "chosen-" + Guid.NewGuid().ToString("N")[..8];

        var response = await admin.PostAsJsonAsync("/api/identity/clients/district-systems", new { clientId, displayName = "区某平台", clientSecret = chosen });

        await Problems.AssertFieldErrorsAsync(response, "clientSecret");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/identity/clients/{clientId}")).StatusCode);
        using var tokens = service.CreateTokenClient();
        Assert.Equal("invalid_client", await TokenClient.ErrorOfAsync(await tokens.ClientCredentialsAsync(clientId, chosen)));
    }

    [Fact]
    public async Task A_generated_client_secret_has_256_random_bits_and_differs_every_time()
    {
        using var admin = await AdministrationTests.SignedInAsync(service, "admin");
        var secrets = new List<string>();
        foreach (var n in new[] { 1, 2 })
        {
            var registered = await admin.PostAsJsonAsync("/api/identity/clients/district-systems", new { clientId = $"generated-{n}-" + Guid.NewGuid().ToString("N")[..8], displayName = "区某平台" });
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            secrets.Add((await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!);
        }

        Assert.All(secrets, s => Assert.Equal(32, Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(s).Length));
        Assert.NotEqual(secrets[0], secrets[1]);
    }
}
