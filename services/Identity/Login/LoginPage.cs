using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace RuleOfLaw.Identity.Login;

/// <summary>The login form: plain HTML, no scripts, every value encoded.</summary>
public static class LoginPage
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    // Chinese stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string antiforgeryToken, string returnUrl, string? userName, string? error)
    {
        var html = Html;
        var message = error is null ? "" : $"""<p class="error" role="alert">{html.Encode(error)}</p>""";
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>登录 — 依法行政</title>
              <style>
                body { font-family: system-ui, sans-serif; max-width: 22rem; margin: 4rem auto; padding: 0 1rem; }
                label { display: block; margin-top: 1rem; }
                input { width: 100%; padding: .4rem; box-sizing: border-box; }
                button { margin-top: 1.5rem; padding: .5rem 1.5rem; }
                .error { color: #b00020; }
              </style>
            </head>
            <body>
              <h1>登录</h1>
              {{message}}
              <form method="post" action="{{LoginEndpoints.LoginPath}}">
                <input type="hidden" name="{{AntiforgeryField}}" value="{{html.Encode(antiforgeryToken)}}">
                <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl)}}">
                <label for="username">用户名</label>
                <input id="username" name="username" autocomplete="username" required autofocus value="{{html.Encode(userName ?? "")}}">
                <label for="password">密码</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit">登录</button>
              </form>
            </body>
            </html>
            """;
    }
}
