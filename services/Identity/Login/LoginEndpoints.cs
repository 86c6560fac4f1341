using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using RuleOfLaw.Identity.Connect;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RuleOfLaw.Identity.Login;

/// <summary>The login page the authorization endpoint sends a browser to when nobody is signed in.</summary>
public static class LoginEndpoints
{
    public const string LoginPath = "/account/login";

    /// <summary>The same message for an unknown name, a wrong password and a disabled account: it tells an attacker nothing.</summary>
    public const string Refused = "用户名或密码不正确，或账号已停用。";

    public static void MapLoginEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LoginPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, SafeReturnUrl(returnUrl), null, null, StatusCodes.Status200OK))
            .ExcludeFromDescription();

        // [FromForm] makes ASP.NET Core check the antiforgery token before this runs (400 without it).
        app.MapPost(LoginPath, async (HttpContext http, IAntiforgery antiforgery, Accounts accounts, [FromForm] string? username, [FromForm] string? password, [FromForm] string? returnUrl, CancellationToken ct) =>
        {
            var target = SafeReturnUrl(returnUrl);
            if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
            {
                return Page(http, antiforgery, target, username, Refused, StatusCodes.Status400BadRequest);
            }

            var user = await accounts.SignInAsync(username, password, ct);
            if (user is null)
            {
                return Page(http, antiforgery, target, username, Refused, StatusCodes.Status400BadRequest);
            }

            var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, user.Id.ToString()));
            identity.AddClaim(new Claim(Claims.Name, user.DisplayName));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return target == "/" ? Results.Content("<!DOCTYPE html><p>已登录。</p>", "text/html; charset=utf-8") : Results.Redirect(target);
        })
        .ExcludeFromDescription();
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? userName, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        // The page must not be framed (clickjacking) or cached (it carries a fresh antiforgery token).
        http.Response.Headers.XFrameOptions = "DENY";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(LoginPage.Render(tokens.RequestToken!, returnUrl, userName, error), "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>
    /// Only a path on this site, or "/": never another host, so the login page cannot send people elsewhere.
    /// Browsers drop tabs and line breaks anywhere in an address and read <c>\</c> as <c>/</c>, so
    /// <c>/\t/evil.example</c> becomes <c>//evil.example</c>: an address with a control character is refused
    /// outright (a line break in a <c>Location</c> header would also fail the response), and the path must start
    /// with one <c>/</c> followed by neither <c>/</c> nor <c>\</c>, before and after percent-decoding.
    /// </summary>
    private static string SafeReturnUrl(string? returnUrl)
    {
        const int MaxLength = 4096;
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > MaxLength || !IsLocalPath(returnUrl))
        {
            return "/";
        }

        // The path as the browser and the next hop may read it, decoded until nothing changes (%252F is %2F is /).
        var end = returnUrl.IndexOfAny(['?', '#']);
        var path = end < 0 ? returnUrl : returnUrl[..end];
        for (var round = 0; round < 3 && path.Contains('%', StringComparison.Ordinal); round++)
        {
            var decoded = Uri.UnescapeDataString(path);
            if (decoded == path)
            {
                break;
            }

            path = decoded;
            if (!IsLocalPath(path))
            {
                return "/";
            }
        }

        return path.Contains('%', StringComparison.Ordinal) ? "/" : returnUrl;
    }

    private static bool IsLocalPath(string url) =>
        url.Length > 0 && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\' || char.IsWhiteSpace(c));
}
