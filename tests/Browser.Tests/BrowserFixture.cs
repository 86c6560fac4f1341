using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using RuleOfLaw.EndToEnd.Tests;

namespace RuleOfLaw.Browser.Tests;

/// <summary>
/// One start of the whole system (the AppHost, as the end-to-end tests start it) and one Chromium for every browser
/// test; each test opens its own browser context, so its cookies (its sign-in) are its own.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Unit = "district-justice";
    public const string Competence = "行政执法监督";
    public const string EnforcingUnit = "district-market-regulation";

    private readonly SystemFixture _system = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public SystemFixture System => _system;

    /// <summary>The web front end's address, as a person's browser reaches it.</summary>
    public Uri WebAddress => _system.App.GetEndpoint(ResourceNames.Web, "http");

    /// <summary>Where screenshots of the main pages go (<c>RULEOFLAW_SCREENSHOTS</c>, relative to the repository), or null for none.</summary>
    public static string? ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("RULEOFLAW_SCREENSHOTS") is { Length: > 0 } directory
            ? Path.GetFullPath(Path.Combine(RuleOfLaw.Testing.Repository.Root, directory))
            : null;

    /// <summary>Today in China Standard Time, the services' calendar: only for dates the tests send, never for what they assert.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public async Task InitializeAsync()
    {
        await _system.InitializeAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("RULEOFLAW_CHROMIUM") ?? "/usr/bin/chromium",
            // CI runs as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
            Headless = true,
        });

        // The issuing unit every document here is drafted in, registered once by its legal office.
        using var legal = await _system.CreateSignedInGatewayClientAsync("legal.justice");
        var registered = await legal.PostAsJsonAsync("/api/documents/issuing-units", new { unitId = Unit, code = "南司", name = "南城区司法局", competences = new[] { Competence } });
        Assert.True(registered.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await registered.Content.ReadAsStringAsync());

        // The enforcing unit whose cases and acts the console and the reconsideration tests work with (its name is
        // what the application form offers as a respondent).
        registered = await legal.PostAsJsonAsync("/api/enforcement/units", new { unitId = EnforcingUnit, name = "南城区市场监督管理局" });
        Assert.True(registered.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await registered.Content.ReadAsStringAsync());
    }

    /// <summary>A new page in a context of its own (no sign-in), sized like a laptop's screen, in Chinese.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = WebAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in as a demo account through the identity service's login page, as a person does, and comes back to <paramref name="returnUrl"/>.</summary>
    public static async Task SignInAsync(IPage page, string userName, string returnUrl)
    {
        await page.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync("ruleoflaw-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // Back at the app is enough: what the test looks for next waits for itself. Waiting for the page's load event
        // too timed out on a machine busy with other work.
        await page.WaitForURLAsync(
            url => url.Contains(returnUrl, StringComparison.Ordinal) && !url.Contains("/account/", StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
    }

    /// <summary>Writes the page as <c>name.png</c> when screenshots are asked for.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (ScreenshotDirectory is { } directory)
        {
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
        }
    }

    /// <summary>A draft of <see cref="Unit"/> made through the API by its staff; its id.</summary>
    public static async Task<Guid> DraftAsync(HttpClient staff, string title, bool affectsRights = false, string body = "第一条 为规范行政执法行为，制定本办法。\n第二条 本办法自公布之日起施行。")
    {
        var created = await staff.PostAsJsonAsync("/api/documents", new
        {
            unitId = Unit, competence = Competence, title, body, affectsRights, marketRelated = false, provisional = false,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Posts a step through the API and insists it succeeded.</summary>
    public static async Task<JsonElement> StepAsync(HttpClient client, string path, object body)
    {
        var answer = await client.PostAsJsonAsync(path, body);
        Assert.True(answer.IsSuccessStatusCode, $"{path}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        return await answer.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _system.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
