using System.Net;
using System.Net.Http.Headers;

namespace RuleOfLaw.Identity.Tests;

/// <summary>The keys outlive the process: a restarted or second instance on the same database accepts what the first issued.</summary>
public sealed class SigningKeyTests : IAsyncLifetime
{
    private readonly IdentityServiceFactory _first = new();
    private IdentityServiceFactory? _second;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new IdentityServiceFactory { DatabaseName = _first.DatabaseName };
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
    }

    [Fact]
    public async Task Signing_key_survives_a_restart_and_tokens_from_before_stay_valid()
    {
        using var before = _first.CreateTokenClient();
        var tokens = await before.SignInAsync("admin");
        var firstKeys = await AccessTokens.JwksAsync(before.Http);
        // The first instance goes away, as in a restart; the second starts on the same database.
        await _first.DisposeAsync();
        await _second!.InitializeAsync();

        using var after = _second.CreateTokenClient();
        var secondKeys = await AccessTokens.JwksAsync(after.Http);
        Assert.Equal(Assert.Single(firstKeys.Keys).Kid, Assert.Single(secondKeys.Keys).Kid);
        var validation = await AccessTokens.ValidateAsync(tokens.AccessToken, secondKeys);
        Assert.True(validation.IsValid, validation.Exception?.Message);

        // The restarted instance itself accepts the old access token, and redeems the old refresh token (encrypted with the stored key).
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/units");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await after.Http.SendAsync(request)).StatusCode);
        await TokenClient.ReadTokensAsync(await after.RefreshAsync(tokens.RefreshToken!));
    }
}
