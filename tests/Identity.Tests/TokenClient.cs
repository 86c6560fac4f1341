using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace RuleOfLaw.Identity.Tests;

/// <summary>Tokens as a front-end or a district system gets them: over HTTP, step by step, like a browser.</summary>
public sealed partial class TokenClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    /// <summary>A PKCE verifier and its S256 challenge.</summary>
    public sealed record Pkce(string Verifier, string Challenge)
    {
        public static Pkce Create()
        {
            var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            return new Pkce(verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        }
    }

    public sealed record Tokens(string AccessToken, string? IdToken, string? RefreshToken, string TokenType, int ExpiresIn);

    /// <summary>
    /// The start of the authorization code flow: GET /connect/authorize with PKCE (unless <paramref name="pkce"/> is null),
    /// its challenge sent with <paramref name="challengeMethod"/> (none: the parameter is left out).
    /// </summary>
    public Task<HttpResponseMessage> AuthorizeAsync(Pkce? pkce, string clientId = Demo.Portal, string scope = Demo.FullScope, Uri? redirectUri = null, string? challengeMethod = "S256")
    {
        var query = new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = (redirectUri ?? Demo.PortalRedirect).ToString(),
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = "state-" + Guid.NewGuid().ToString("N"),
        };
        if (pkce is not null)
        {
            query["code_challenge"] = pkce.Challenge;
            if (challengeMethod is not null)
            {
                query["code_challenge_method"] = challengeMethod;
            }
        }

        return http.GetAsync("/connect/authorize?" + string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")));
    }

    /// <summary>Authorize, land on the login page, post the credentials; answers the login page's response (a redirect when accepted).</summary>
    public async Task<HttpResponseMessage> SubmitLoginAsync(Pkce pkce, string userName, string password)
    {
        var authorize = await AuthorizeAsync(pkce);
        Assert.Equal(HttpStatusCode.Found, authorize.StatusCode);
        var loginPage = await http.GetAsync(authorize.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
        var form = LoginForm.Read(await loginPage.Content.ReadAsStringAsync());
        form["username"] = userName;
        form["password"] = password;
        using var content = new FormUrlEncodedContent(form);
        return await http.PostAsync("/account/login", content);
    }

    /// <summary>
    /// The login page opened directly with <paramref name="returnUrl"/>, then the form posted back with
    /// <paramref name="postedReturnUrl"/> in its hidden field (what a forged form would send); answers the page and the post.
    /// </summary>
    public async Task<(string Page, HttpResponseMessage Response)> LoginWithReturnUrlAsync(string returnUrl, string postedReturnUrl, string userName, string password = Demo.Password)
    {
        var loginPage = await http.GetAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
        var page = await loginPage.Content.ReadAsStringAsync();
        var form = LoginForm.Read(page);
        form["username"] = userName;
        form["password"] = password;
        form["returnUrl"] = postedReturnUrl;
        using var content = new FormUrlEncodedContent(form);
        return (page, await http.PostAsync("/account/login", content));
    }

    /// <summary>The hidden <c>returnUrl</c> the login page carries.</summary>
    public static string ReturnUrlOf(string page) => LoginForm.Read(page)["returnUrl"];

    /// <summary>The whole browser part: sign in and follow the redirect back to /connect/authorize; answers the code sent to the redirect URI.</summary>
    public async Task<string> SignInForCodeAsync(Pkce pkce, string userName, string password = Demo.Password)
    {
        var login = await SubmitLoginAsync(pkce, userName, password);
        Assert.Equal(HttpStatusCode.Found, login.StatusCode);
        var authorized = await http.GetAsync(login.Headers.Location);
        Assert.Equal(HttpStatusCode.Found, authorized.StatusCode);
        var callback = authorized.Headers.Location!;
        Assert.StartsWith(Demo.PortalRedirect.ToString(), callback.ToString(), StringComparison.Ordinal);
        return Query(callback)["code"] ?? throw new InvalidOperationException("No code in " + callback);
    }

    public Task<HttpResponseMessage> RedeemCodeAsync(string code, string verifier) => PostTokenAsync(new()
    {
        ["grant_type"] = "authorization_code",
        ["code"] = code,
        ["redirect_uri"] = Demo.PortalRedirect.ToString(),
        ["client_id"] = Demo.Portal,
        ["code_verifier"] = verifier,
    });

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) => PostTokenAsync(new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
        ["client_id"] = Demo.Portal,
    });

    public Task<HttpResponseMessage> ClientCredentialsAsync(string clientId, string secret) => PostTokenAsync(new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
    });

    /// <summary>Signs in as a demo account through the whole code flow and answers its tokens.</summary>
    public async Task<Tokens> SignInAsync(string userName, string password = Demo.Password)
    {
        var pkce = Pkce.Create();
        var code = await SignInForCodeAsync(pkce, userName, password);
        return await ReadTokensAsync(await RedeemCodeAsync(code, pkce.Verifier));
    }

    public static async Task<Tokens> ReadTokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token request answered {(int)response.StatusCode}: {body}");
        var json = JsonSerializer.Deserialize<JsonElement>(body);
        return new Tokens(
            json.GetProperty("access_token").GetString()!,
            json.TryGetProperty("id_token", out var id) ? id.GetString() : null,
            json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            json.GetProperty("token_type").GetString()!,
            json.GetProperty("expires_in").GetInt32());
    }

    public static async Task<string> ErrorOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;

    public static Dictionary<string, string?> Query(Uri uri) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> PostTokenAsync(Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        return await http.PostAsync("/connect/token", content);
    }

    /// <summary>The hidden fields of the login form, as a browser would post them back.</summary>
    private static partial class LoginForm
    {
        public static Dictionary<string, string> Read(string html) =>
            HiddenInput().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));

        [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
        private static partial Regex HiddenInput();
    }
}
