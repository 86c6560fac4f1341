using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using RuleOfLaw.Identity.Connect;
using RuleOfLaw.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RuleOfLaw.Identity.Login;

/// <summary>The login page the authorization endpoint sends a browser to when nobody is signed in.</summary>
public static class LoginEndpoints
{
    public const string LoginPath = "/account/login";

    /// <summary>The same message for an unknown name, a wrong password and a disabled account: it tells an attacker nothing.</summary>
    public const string Refused = "用户名或密码不正确，或账号已停用。";

    /// <summary>The start of the answer while an account is throttled or locked after wrong passwords.</summary>
    public const string TooManyAttempts = "密码错误次数过多，";

    // Longer than any password the administration API sets; hashing megabytes would only cost the server.
    private const int MaxPasswordLength = 1000;

    public static void MapLoginEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LoginPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, SafeReturnUrl(returnUrl), null, null, StatusCodes.Status200OK))
            .ExcludeFromDescription();

        // [FromForm] makes ASP.NET Core check the antiforgery token before this runs (400 without it).
        app.MapPost(LoginPath, async (HttpContext http, IAntiforgery antiforgery, Accounts accounts, TimeProvider time, [FromForm] string? username, [FromForm] string? password, [FromForm] string? returnUrl, CancellationToken ct) =>
        {
            var target = SafeReturnUrl(returnUrl);
            if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password) || username.Length > Limits.UserName || password.Length > MaxPasswordLength)
            {
                return Page(http, antiforgery, target, username, Refused, StatusCodes.Status400BadRequest);
            }

            var outcome = await accounts.SignInAsync(username, password, http.Connection.RemoteIpAddress?.ToString(), ct);
            if (outcome.User is not { } user)
            {
                return Refusal(http, antiforgery, target, username, outcome, time.GetUtcNow());
            }

            var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, user.Id.ToString()));
            identity.AddClaim(new Claim(Claims.Name, user.DisplayName));
            identity.AddClaim(new Claim(ClaimNames.SecurityStamp, user.SecurityStamp));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return target == "/" ? Results.Content("<!DOCTYPE html><p>已登录。</p>", "text/html; charset=utf-8") : Results.Redirect(target);
        })
        .ExcludeFromDescription();
    }

    /// <summary>
    /// A wrong password answers 400 with the same words for every cause. Too soon after one, or while the account is
    /// locked, answers 429 with <c>Retry-After</c> at once: the server never sleeps to slow an attacker down.
    /// </summary>
    private static IResult Refusal(HttpContext http, IAntiforgery antiforgery, string target, string userName, SignInOutcome outcome, DateTimeOffset now)
    {
        if (outcome.Refusal == SignInRefusal.Wrong || outcome.RetryAt is not { } retryAt)
        {
            return Page(http, antiforgery, target, userName, Refused, StatusCodes.Status400BadRequest);
        }

        var seconds = Math.Max(1, (int)Math.Ceiling((retryAt - now).TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = outcome.Refusal == SignInRefusal.Locked
            ? $"{TooManyAttempts}账号已锁定，请{Math.Ceiling(seconds / 60.0):0}分钟后再试，或请管理员解锁。"
            : $"{TooManyAttempts}请{seconds}秒后再试。";
        return Page(http, antiforgery, target, userName, message, StatusCodes.Status429TooManyRequests);
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
