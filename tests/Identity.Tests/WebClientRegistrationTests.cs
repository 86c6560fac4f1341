using System.Net;

namespace RuleOfLaw.Identity.Tests;

/// <summary>The identity service with demo data and the web front end's address, as the AppHost starts it.</summary>
public sealed class WebFrontEndIdentityFactory : IdentityServiceFactory
{
    public static readonly Uri WebAddress = new("http://localhost:24680/");

    public WebFrontEndIdentityFactory() => Settings["DemoData:WebAddress"] = WebAddress.ToString();
}

/// <summary>With demo data, the web front end (web/Web) is a client signing in at the address DemoData:WebAddress names.</summary>
public sealed class WebClientRegistrationTests(WebFrontEndIdentityFactory service) : IClassFixture<WebFrontEndIdentityFactory>
{
    private const string WebClient = "ruleoflaw-web";

    [Fact]
    public async Task The_web_front_end_gets_a_code_at_its_own_redirect_uri()
    {
        using var client = service.CreateTokenClient();
        await client.SignInForCodeAsync(TokenClient.Pkce.Create(), "citizen"); // signed in at the login page

        var pkce = TokenClient.Pkce.Create();
        var authorize = await client.AuthorizeAsync(pkce, WebClient, redirectUri: new Uri(WebFrontEndIdentityFactory.WebAddress, "signin-oidc"));

        Assert.Equal(HttpStatusCode.Found, authorize.StatusCode);
        Assert.StartsWith(new Uri(WebFrontEndIdentityFactory.WebAddress, "signin-oidc?code=").ToString(), authorize.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_address_is_not_a_redirect_uri_of_the_web_front_end()
    {
        using var client = service.CreateTokenClient();
        await client.SignInForCodeAsync(TokenClient.Pkce.Create(), "citizen");

        var authorize = await client.AuthorizeAsync(TokenClient.Pkce.Create(), WebClient, redirectUri: new Uri("http://localhost:24681/signin-oidc"));

        Assert.Equal(HttpStatusCode.BadRequest, authorize.StatusCode);
    }
}
