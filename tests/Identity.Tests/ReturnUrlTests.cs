using System.Net;

namespace RuleOfLaw.Identity.Tests;

/// <summary>After signing in, the login page returns only to a path on this site: never another host, never a 500.</summary>
public sealed class ReturnUrlTests(IdentityServiceFactory service) : IClassFixture<IdentityServiceFactory>
{
    [Theory]
    [InlineData("/\t/evil.example/")] // a browser drops the tab: //evil.example/
    [InlineData("/\n/evil.example/")]
    [InlineData("/\r\n/evil.example/")]
    [InlineData("/\v/evil.example/")]
    [InlineData("/connect/authorize\n/evil")]
    [InlineData(" //evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("///evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example/")]
    [InlineData("\\/evil.example/")]
    [InlineData("https:evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("evil.example/")]
    [InlineData("%2F%2Fevil.example%2F")]
    [InlineData("/%2F/evil.example/")]
    [InlineData("/%2f/evil.example/")]
    [InlineData("/%09/evil.example/")]
    [InlineData("/%0A/evil.example/")]
    [InlineData("/%5Cevil.example/")]
    [InlineData("/%252F/evil.example/")]
    public async Task Everyone_signing_in_with_a_return_address_off_this_site_stays_here(string returnUrl)
    {
        using var client = service.CreateTokenClient();
        var controlCharacters = returnUrl.Any(char.IsControl);
        if (controlCharacters)
        {
            // A control character in the address is refused as bad input (400), like any in the query of any service.
            using var http = service.CreateClient();
            var refused = await http.GetAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        // A forged form may still carry it in its hidden field: signing in then stays on this site.
        var (page, response) = await client.LoginWithReturnUrlAsync(controlCharacters ? "/" : returnUrl, returnUrl, "citizen");
        if (controlCharacters && response.StatusCode == HttpStatusCode.BadRequest)
        {
            // A control character other than tab or line break in a form field is refused outright: no redirect at all.
            Assert.Null(response.Headers.Location);
            return;
        }

        Assert.Equal("/", TokenClient.ReturnUrlOf(page));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("已登录", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/connect/authorize?client_id=ruleoflaw-portal&redirect_uri=http%3A%2F%2Flocalhost%2Fcallback")]
    [InlineData("/account/login")]
    [InlineData("/")]
    public async Task A_return_address_on_this_site_is_where_signing_in_leads(string returnUrl)
    {
        using var client = service.CreateTokenClient();

        var (page, response) = await client.LoginWithReturnUrlAsync(returnUrl, returnUrl, "citizen");

        Assert.Equal(returnUrl, TokenClient.ReturnUrlOf(page));
        if (returnUrl == "/")
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(returnUrl, response.Headers.Location!.OriginalString);
    }
}
