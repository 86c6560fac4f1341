using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>The gateway lets a valid access token through and refuses every bad one, on every route.</summary>
public sealed class TokenTests(GatewayFixture fixture, ITestOutputHelper output) : IClassFixture<GatewayFixture>
{
    private GatewayFactory Gateway => fixture.Gateway;

    [Fact]
    public async Task Every_bad_token_and_a_tokenless_protected_write_are_refused_with_401()
    {
        const string write = "/api/documents";
        var cases = new (string Name, Func<HttpRequestMessage> Request)[]
        {
            ("no token on a protected write", () => Http.Request(HttpMethod.Post, write)),
            ("alg: none", () => Http.Request(HttpMethod.Post, write, TestTokens.WithoutSignature("matrix"))),
            ("signed with another key under the issuer's key id", () => Http.Request(HttpMethod.Post, write, TestTokens.Access("matrix", d =>
                d.SigningCredentials = new SigningCredentials(TestTokens.ForeignKey, SecurityAlgorithms.RsaSha256)))),
            ("expired", () => Http.Request(HttpMethod.Post, write, TestTokens.Access("matrix", d =>
            {
                d.IssuedAt = d.NotBefore = DateTime.UtcNow.AddMinutes(-30);
                d.Expires = DateTime.UtcNow.AddMinutes(-5);
            }))),
            ("not yet valid", () => Http.Request(HttpMethod.Post, write, TestTokens.Access("matrix", d =>
            {
                d.IssuedAt = d.NotBefore = DateTime.UtcNow.AddMinutes(5);
                d.Expires = DateTime.UtcNow.AddMinutes(20);
            }))),
            ("wrong issuer", () => Http.Request(HttpMethod.Post, write, TestTokens.Access("matrix", d => d.Issuer = "https://elsewhere.example/"))),
            ("wrong audience", () => Http.Request(HttpMethod.Post, write, TestTokens.Access("matrix", d => d.Audience = "another-api"))),
            ("an ID token (typ JWT, audience the client) instead of an access token", () => Http.Request(HttpMethod.Post, write, TestTokens.Access("matrix", d =>
            {
                d.TokenType = "JWT";
                d.Audience = TestTokens.Portal;
                d.Claims["nonce"] = "n-0S6_WzA2Mj";
            }))),
            ("typ JWT instead of at+jwt, otherwise a good access token", () => Http.Request(HttpMethod.Post, write, TestTokens.Access("matrix", d => d.TokenType = "JWT"))),
            ("HS256 with a guessed secret", () => Http.Request(HttpMethod.Post, write, TestTokens.Access("matrix", d => d.SigningCredentials = TestTokens.GuessedSecret()))),
            ("a garbage bearer token on a public read", () => Http.Request(HttpMethod.Get, "/api/documents", "not-a-token")),
            ("an expired token on a public read", () => Http.Request(HttpMethod.Get, "/api/documents", TestTokens.Access("matrix", d =>
            {
                d.IssuedAt = d.NotBefore = DateTime.UtcNow.AddMinutes(-30);
                d.Expires = DateTime.UtcNow.AddMinutes(-5);
            }))),
            ("HTTP Basic credentials on an API write", () =>
            {
                var request = Http.Request(HttpMethod.Post, write);
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "YWRtaW46cnVsZW9mbGF3LWRlbW8=");
                return request;
            }),
        };

        using var client = Gateway.ClientFrom("127.0.1.1");
        var refused = 0;
        foreach (var (name, create) in cases)
        {
            using var request = create();
            using var response = await client.SendAsync(request);
            var ok = response.StatusCode == HttpStatusCode.Unauthorized
                && response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer");
            refused += ok ? 1 : 0;
            output.WriteLine($"{(ok ? "refused" : "NOT REFUSED")}: {name} → {(int)response.StatusCode} {response.Headers.WwwAuthenticate}");
        }

        var summary = $"Bad-token matrix (gateway): {refused} of {cases.Length} refused with 401";
        output.WriteLine(summary);
        RuleOfLaw.Testing.TestReport.Write(summary);
        Assert.Equal(cases.Length, refused);
    }

    [Fact]
    public async Task A_good_access_token_passes_and_is_forwarded_unchanged()
    {
        var token = TestTokens.Access("good-token");
        using var client = Gateway.ClientFrom("127.0.1.2");
        using var response = await client.SendAsync(Http.Request(HttpMethod.Post, "/api/documents", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.EchoAsync();
        Assert.Equal("POST", echo.Method);
        Assert.Equal("/api/documents", echo.Path);
        Assert.Equal("Bearer " + token, echo.Header("Authorization"));
    }

    [Theory]
    [InlineData("GET", "/api/documents", 1)]
    [InlineData("HEAD", "/api/appraisal/units/district-justice/evidence", 2)]
    [InlineData("POST", "/api/documents/0199a000-0000-7000-8000-000000000001/comments", 3)]
    [InlineData("POST", "/api/decisions/0199a000-0000-7000-8000-000000000001/comments", 4)]
    [InlineData("POST", "/api/documents/0199a000-0000-7000-8000-000000000001/objections", 5)]
    [InlineData("POST", "/connect/token", 6)]
    [InlineData("POST", "/account/login", 7)]
    [InlineData("GET", "/.well-known/openid-configuration", 8)]
    [InlineData("GET", "/openapi/identity.json", 9)]
    [InlineData("GET", "/api/documents/0199a000-0000-7000-8000-000000000001/comments", 10)]
    public async Task Public_reads_anonymous_writes_and_sign_in_pass_without_a_token(string method, string path, int client)
    {
        using var http = Gateway.ClientFrom("127.0.2." + client);
        using var response = await http.SendAsync(Http.Request(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/documents/issuing-units")]
    [InlineData("POST", "/api/documents/0199a000-0000-7000-8000-000000000001/publish")]
    [InlineData("POST", "/api/documents/0199a000-0000-7000-8000-000000000001/comments/0199a000-0000-7000-8000-000000000002/disposition")]
    [InlineData("PUT", "/api/decisions/calendar/2027")]
    [InlineData("DELETE", "/api/enforcement/officers/1")]
    [InlineData("POST", "/api/identity/users")]
    [InlineData("PATCH", "/api/reconsideration/applications/1")]
    public async Task Other_writes_need_a_token(string method, string path)
    {
        using var client = Gateway.ClientFrom("127.0.1.4");
        using var response = await client.SendAsync(Http.Request(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Client_credentials_in_HTTP_Basic_reach_the_identity_servers_token_endpoint()
    {
        using var client = Gateway.ClientFrom("127.0.1.5");
        using var request = Http.Request(HttpMethod.Post, "/connect/token");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "ZGlzdHJpY3QtZGF0YS1leGNoYW5nZTpzZWNyZXQ=");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Basic ", (await response.EchoAsync()).Header("Authorization"), StringComparison.Ordinal);
    }
}
