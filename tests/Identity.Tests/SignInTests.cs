using System.Net;

namespace RuleOfLaw.Identity.Tests;

/// <summary>A person signs in at a front-end: authorization code with PKCE, through the login page.</summary>
public sealed class SignInTests(IdentityServiceFactory service) : IClassFixture<IdentityServiceFactory>
{
    [Fact]
    public async Task Staff_member_signs_in_with_code_and_PKCE_and_gets_a_signed_access_token_naming_role_and_unit()
    {
        using var client = service.CreateTokenClient();
        var pkce = TokenClient.Pkce.Create();

        var authorize = await client.AuthorizeAsync(pkce);
        Assert.Equal(HttpStatusCode.Found, authorize.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=", authorize.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var code = await client.SignInForCodeAsync(pkce, "legal.justice");
        var tokens = await TokenClient.ReadTokensAsync(await client.RedeemCodeAsync(code, pkce.Verifier));

        Assert.Equal("Bearer", tokens.TokenType);
        Assert.NotNull(tokens.IdToken);
        Assert.NotNull(tokens.RefreshToken);
        var token = AccessTokens.Read(tokens.AccessToken);
        Assert.Equal("at+jwt", token.Typ);
        Assert.Equal(IdentityServiceFactory.Issuer, token.Issuer);
        Assert.Contains(IdentityService.ApiAudience, token.Audiences);
        Assert.True(Guid.TryParse(token.Subject, out _));
        Assert.Equal("司法局法制审核员", token.GetClaim("name").Value);
        Assert.Equal(["legal-office"], AccessTokens.Values(token, "role"));
        Assert.Equal(Demo.JusticeUnit.ToString(), token.GetClaim("unit_id").Value);
        Assert.Equal("district-justice", token.GetClaim("unit_code").Value);
        Assert.Contains("ruleoflaw-api", token.GetClaim("scope").Value.Split(' '));
        var validation = await AccessTokens.ValidateAsync(tokens.AccessToken, await AccessTokens.JwksAsync(client.Http));
        Assert.True(validation.IsValid, validation.Exception?.Message);
    }

    [Fact]
    public async Task Citizen_token_carries_the_citizen_role_and_no_unit()
    {
        using var client = service.CreateTokenClient();
        var token = AccessTokens.Read((await client.SignInAsync("citizen")).AccessToken);
        Assert.Equal(["citizen"], AccessTokens.Values(token, "role"));
        Assert.False(token.TryGetClaim("unit_id", out _));
    }

    [Fact]
    public async Task A_code_redeemed_with_the_wrong_PKCE_verifier_is_refused()
    {
        using var client = service.CreateTokenClient();
        var pkce = TokenClient.Pkce.Create();
        var code = await client.SignInForCodeAsync(pkce, "staff.market");

        var refused = await client.RedeemCodeAsync(code, TokenClient.Pkce.Create().Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", await TokenClient.ErrorOfAsync(refused));
    }

    [Fact]
    public async Task An_authorization_request_without_PKCE_is_refused_before_any_login()
    {
        using var client = service.CreateTokenClient();
        var response = await client.AuthorizeAsync(pkce: null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData(null)] // no method means plain (RFC 7636 §4.3)
    public async Task A_plain_PKCE_challenge_is_refused_before_any_login(string? method)
    {
        using var client = service.CreateTokenClient();
        var verifier = TokenClient.Pkce.Create().Verifier;

        var response = await client.AuthorizeAsync(new TokenClient.Pkce(verifier, verifier), challengeMethod: method);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rotated_refresh_token_replayed_is_refused_and_ends_the_session_it_came_from()
    {
        using var client = service.CreateTokenClient();
        var first = await client.SignInAsync("staff.market");
        var second = await TokenClient.ReadTokensAsync(await client.RefreshAsync(first.RefreshToken!));
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);

        var replayed = await client.RefreshAsync(first.RefreshToken!);

        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal("invalid_grant", await TokenClient.ErrorOfAsync(replayed));
        // Whoever holds the newer token (the thief or the rightful client) cannot go on either: both sign in again.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.RefreshAsync(second.RefreshToken!)).StatusCode);
    }

    [Fact]
    public async Task A_code_is_good_for_one_exchange_only()
    {
        using var client = service.CreateTokenClient();
        var pkce = TokenClient.Pkce.Create();
        var code = await client.SignInForCodeAsync(pkce, "head.justice");
        await TokenClient.ReadTokensAsync(await client.RedeemCodeAsync(code, pkce.Verifier));

        var second = await client.RedeemCodeAsync(code, pkce.Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("invalid_grant", await TokenClient.ErrorOfAsync(second));
    }

    [Fact]
    public async Task A_wrong_password_shows_the_login_page_again_and_issues_no_code()
    {
        using var client = service.CreateTokenClient();
        var response = await client.SubmitLoginAsync(TokenClient.Pkce.Create(), "staff.justice", "not-the-password");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_refused()
    {
        using var client = service.CreateTokenClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "admin", ["password"] = Demo.Password, ["returnUrl"] = "/" });
        var response = await client.Http.PostAsync("/account/login", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_token_gives_a_new_access_token_with_the_same_claims()
    {
        using var client = service.CreateTokenClient();
        var first = await client.SignInAsync("enforcement.market");

        var refreshed = await TokenClient.ReadTokensAsync(await client.RefreshAsync(first.RefreshToken!));

        Assert.NotEqual(first.AccessToken, refreshed.AccessToken);
        var token = AccessTokens.Read(refreshed.AccessToken);
        Assert.Equal(AccessTokens.Read(first.AccessToken).Subject, token.Subject);
        Assert.Equal(["enforcement-officer"], AccessTokens.Values(token, "role"));
        Assert.Equal(Demo.MarketUnit.ToString(), token.GetClaim("unit_id").Value);
    }

    [Fact]
    public async Task The_id_token_is_not_accepted_as_an_access_token()
    {
        using var client = service.CreateTokenClient();
        var tokens = await client.SignInAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/units");
        request.Headers.Authorization = new("Bearer", tokens.IdToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.SendAsync(request)).StatusCode);
        Assert.False((await AccessTokens.ValidateAsync(tokens.IdToken!, await AccessTokens.JwksAsync(client.Http))).IsValid);
    }
}
