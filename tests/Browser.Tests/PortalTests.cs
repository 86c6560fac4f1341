using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RuleOfLaw.Browser.Tests;

/// <summary>The citizens' portal: what a member of the public sees and does.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalTests(BrowserFixture web)
{
    [Fact]
    public async Task A_citizen_comments_on_an_open_draft_and_sees_it_received()
    {
        // Set up through the API, as the unit's staff would: a draft affecting rights, open for comment for thirty days.
        using var staff = await web.System.CreateSignedInGatewayClientAsync("staff.justice");
        var title = $"南城区行政执法公示办法（征求意见稿{Guid.NewGuid().ToString("N")[..4]}）";
        var id = await BrowserFixture.DraftAsync(staff, title, affectsRights: true);
        await BrowserFixture.StepAsync(staff, $"/api/documents/{id}/comment-period", new { opensOn = BrowserFixture.Today, closesOn = BrowserFixture.Today.AddDays(30) });

        var page = await web.NewPageAsync();
        await page.GotoAsync("/consultations");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("公开征求意见");
        await BrowserFixture.ScreenshotAsync(page, "consultations");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.Locator(".facts")).ToContainTextAsync("公开征求意见中");
        await page.GetByLabel("署名（可不填）").FillAsync("李市民");
        await page.GetByLabel("意见内容").FillAsync("建议明确公示信息的更新期限。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交意见" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("您的意见已提交");
        await Expect(page.Locator(".comment-list")).ToContainTextAsync("建议明确公示信息的更新期限。");
        await Expect(page.Locator(".comment-list")).ToContainTextAsync("尚未公布处理情况");
        await BrowserFixture.ScreenshotAsync(page, "consultation-with-comment-form");
    }

    [Fact]
    public async Task An_empty_comment_is_refused_with_the_field_named_in_Chinese()
    {
        using var staff = await web.System.CreateSignedInGatewayClientAsync("staff.justice");
        var id = await BrowserFixture.DraftAsync(staff, "南城区行政执法全过程记录办法（征求意见稿）", affectsRights: true);
        await BrowserFixture.StepAsync(staff, $"/api/documents/{id}/comment-period", new { opensOn = BrowserFixture.Today, closesOn = BrowserFixture.Today.AddDays(30) });

        var page = await web.NewPageAsync();
        await page.GotoAsync($"/documents/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交意见" }).ClickAsync();

        // The service's field message, in Chinese, under the field and in the summary naming the form's label.
        await Expect(page.Locator("#content-error")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("意见内容：");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", await page.Locator("#content-error").InnerTextAsync());
    }

    [Fact]
    public async Task Searching_in_force_on_a_day_finds_a_published_document_and_its_page_shows_its_versions()
    {
        using var staff = await web.System.CreateSignedInGatewayClientAsync("staff.justice");
        using var legal = await web.System.CreateSignedInGatewayClientAsync("legal.justice");
        var title = $"南城区行政执法证件管理办法{Guid.NewGuid().ToString("N")[..4]}";
        var id = await BrowserFixture.DraftAsync(staff, title);
        await BrowserFixture.StepAsync(staff, $"/api/documents/{id}/revise", new { title, body = "第一条 为加强执法证件管理，制定本办法。\n第二条 执法人员应当持证上岗。\n第三条 本办法自公布之日起施行。", reason = "根据审核意见修改" });
        await PublishedAsync(staff, legal, id);

        var page = await web.NewPageAsync();
        await page.GotoAsync("/documents");
        await page.GetByLabel("关键词").FillAsync("执法证件");
        await page.GetByLabel("在该日有效").FillAsync(BrowserFixture.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.Locator("table.results")).ToContainTextAsync(title);
        await BrowserFixture.ScreenshotAsync(page, "portal-search");

        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.Locator(".facts")).ToContainTextAsync("南司规");
        await Expect(page.Locator(".versions")).ToContainTextAsync("第2版");
        await Expect(page.Locator(".diff")).ToContainTextAsync("执法人员应当持证上岗。");
        await BrowserFixture.ScreenshotAsync(page, "document-page");
    }

    [Fact]
    public async Task A_citizen_applies_for_reconsideration_and_sees_the_acceptance_deadline()
    {
        var page = await web.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "citizen", "/reconsideration/apply");
        await page.GetByLabel("被申请人（作出行为的行政机关）").SelectOptionAsync(new SelectOptionValue { Label = "南城区市场监督管理局" });
        await page.GetByLabel("行政行为的文书编号").FillAsync($"南市监罚字第{Random.Shared.Next(1000, 9999)}号");
        await page.GetByLabel("行政行为的内容").FillAsync("对申请人经营的餐饮店处以罚款八千元的行政处罚决定");
        await page.GetByLabel("行为作出日期").FillAsync(BrowserFixture.Today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("知道该行为的日期").FillAsync(BrowserFixture.Today.AddDays(-15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("复议请求").FillAsync("请求撤销该行政处罚决定");
        await BrowserFixture.ScreenshotAsync(page, "reconsideration-application");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("您的申请已提交");
        var caseId = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1]);

        // The page shows the acceptance deadline the service set (REC-2), whatever day today is.
        using var citizen = await web.System.CreateSignedInGatewayClientAsync("citizen");
        var read = await citizen.GetFromJsonAsync<JsonElement>($"/api/reconsideration/cases/{caseId}");
        var due = read.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "acceptance").GetProperty("dueDate").GetString()!;
        var shown = DateOnly.Parse(due, CultureInfo.InvariantCulture).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        await Expect(page.Locator("table.deadlines tr", new() { HasText = "受理期限" })).ToContainTextAsync(shown);
        await BrowserFixture.ScreenshotAsync(page, "reconsideration-case");

        await page.GotoAsync("/my-cases");
        await Expect(page.Locator("table.results")).ToContainTextAsync(read.GetProperty("number").GetString()!);
        await Expect(page.Locator("table.results")).ToContainTextAsync("受理期限");
        await BrowserFixture.ScreenshotAsync(page, "my-cases");
    }

    [Fact]
    public async Task Signing_out_ends_the_sign_in_at_the_identity_service_too()
    {
        var page = await web.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "citizen", "/my-cases");
        await Expect(page.Locator(".account")).ToContainTextAsync("王市民");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录", Exact = true })).ToBeVisibleAsync();

        // A page needing sign-in now asks for the password again, at the identity service's login page.
        await page.GotoAsync("/my-cases");
        await Expect(page.GetByLabel("密码")).ToBeVisibleAsync();
    }

    /// <summary>Through the API: submitted, found lawful by the legal office, adopted at the meeting, published today.</summary>
    internal static async Task PublishedAsync(HttpClient staff, HttpClient legal, Guid id)
    {
        await AdoptedAsync(staff, legal, id);
        await BrowserFixture.StepAsync(staff, $"/api/documents/{id}/publish", new { effectiveFrom = BrowserFixture.Today, expiresOn = BrowserFixture.Today.AddYears(5).AddDays(-1) });
    }

    internal static async Task AdoptedAsync(HttpClient staff, HttpClient legal, Guid id)
    {
        await BrowserFixture.StepAsync(staff, $"/api/documents/{id}/legality-review/submission", new { });
        await BrowserFixture.StepAsync(legal, $"/api/documents/{id}/legality-review", new
        {
            checklist = new { createsLicences = false, createsPenalties = false, createsCoerciveMeasures = false, createsFees = false, reducesRightsOrAddsObligationsWithoutBasis = false, restrictsCompetition = false },
            conclusion = "Lawful",
            opinion = "经审核，同意。",
        });
        await BrowserFixture.StepAsync(staff, $"/api/documents/{id}/collective-discussion", new { meetingDate = BrowserFixture.Today, meetingType = "Executive", outcome = "Adopted", minutes = "会议讨论，同意通过。" });
    }
}
