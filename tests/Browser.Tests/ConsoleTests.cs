using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using RuleOfLaw.Testing;
using static Microsoft.Playwright.Assertions;

namespace RuleOfLaw.Browser.Tests;

/// <summary>The staff console: queues with their clocks, procedure steps as forms, refusals, appraisal scores.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleTests(BrowserFixture web)
{
    [Fact]
    public async Task A_staff_user_publishes_an_adopted_document_and_sees_its_number()
    {
        using var staff = await web.System.CreateSignedInGatewayClientAsync("staff.justice");
        using var legal = await web.System.CreateSignedInGatewayClientAsync("legal.justice");
        var id = await BrowserFixture.DraftAsync(staff, "南城区行政执法案卷评查办法");
        await PortalTests.AdoptedAsync(staff, legal, id);

        var page = await web.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "staff.justice", $"/console/documents/{id}");
        await Expect(page.Locator(".facts .status")).ToHaveTextAsync("集体讨论通过");
        await Expect(page.Locator(".facts .number")).ToContainTextAsync("尚未编号");
        await page.GetByRole(AriaRole.Button, new() { Name = "公布", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("文件已统一编号并公布");
        var number = (await staff.GetFromJsonAsync<JsonElement>($"/api/documents/{id}")).GetProperty("number").GetString()!;
        Assert.StartsWith("南司规〔", number, StringComparison.Ordinal);
        await Expect(page.Locator(".facts .number")).ToHaveTextAsync(number);
        await Expect(page.Locator(".facts .status")).ToHaveTextAsync("已公布");
        await BrowserFixture.ScreenshotAsync(page, "console-document-published");
    }

    [Fact]
    public async Task A_draft_waits_in_the_documents_queue_and_a_rule_refusal_is_shown_in_Chinese()
    {
        using var staff = await web.System.CreateSignedInGatewayClientAsync("staff.justice");
        var id = await BrowserFixture.DraftAsync(staff, "南城区行政执法文书格式规定");

        // What the service says when a draft that no meeting adopted is published: its rule, titled in Chinese, and why, in Chinese.
        var refused = await staff.PostAsJsonAsync($"/api/documents/{id}/publish", new { effectiveFrom = BrowserFixture.Today, expiresOn = BrowserFixture.Today.AddYears(5) });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var title = problem.GetProperty("title").GetString()!;
        var detail = problem.GetProperty("detail").GetString()!;
        var ruleId = problem.GetProperty("ruleId").GetString()!;

        // The draft waits in the unit's documents queue, which leads to its steps.
        var page = await web.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "staff.justice", "/console");
        await page.GetByRole(AriaRole.Link, new() { Name = "待办文件及期限" }).ClickAsync();
        var row = page.Locator("table.queue tr", new() { HasText = "南城区行政执法文书格式规定" });
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("起草");
        await Expect(page.Locator(".legend")).ToContainTextAsync("3日内");
        await BrowserFixture.ScreenshotAsync(page, "console-documents-queue");
        await row.GetByRole(AriaRole.Link, new() { Name = "南城区行政执法文书格式规定" }).ClickAsync();
        await page.WaitForURLAsync($"**/console/documents/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "公布", Exact = true }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert.Locator(".problem-title")).ToHaveTextAsync(title);
        await Expect(alert).ToContainTextAsync($"依据规则：{ruleId}");
        await Expect(alert).ToContainTextAsync(detail);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", title);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", detail); // the reason too, not only the rule's name
        await Expect(page.Locator(".facts .number")).ToContainTextAsync("尚未编号");
        await BrowserFixture.ScreenshotAsync(page, "console-rule-refusal");
    }

    [Fact]
    public async Task The_reconsideration_queue_shows_the_clocks_and_an_officer_accepts_an_application()
    {
        using var citizen = await web.System.CreateSignedInGatewayClientAsync("citizen");
        var applied = await BrowserFixture.StepAsync(citizen, "/api/reconsideration/cases", new
        {
            respondentUnitId = "district-market-regulation",
            actReference = $"南市监罚字第{Random.Shared.Next(1000, 9999)}号",
            actDescription = "对申请人处以罚款五千元的行政处罚决定",
            failureToAct = false,
            actOn = BrowserFixture.Today.AddDays(-12),
            learnedOn = BrowserFixture.Today.AddDays(-10),
            toldOfRight = true,
            contestedAmount = 5000m,
            request = "请求撤销该行政处罚决定",
        });
        var number = applied.GetProperty("number").GetString()!;

        var page = await web.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "reconsideration.government", "/console");
        await Expect(page.Locator(".legend")).ToContainTextAsync("红色");
        await Expect(page.Locator(".legend")).ToContainTextAsync("3日内");
        var row = page.Locator("table.queue tr", new() { HasText = number });
        await Expect(row).ToContainTextAsync("受理期限");
        await Expect(page.Locator("figure.chart svg")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "console-queue");

        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已受理");
        await Expect(page.Locator(".facts")).ToContainTextAsync("受理日期");
        await Expect(page.Locator("table.deadlines")).ToContainTextAsync("复议决定期限");
        await BrowserFixture.ScreenshotAsync(page, "console-case-accepted");
    }

    [Fact]
    public async Task An_enforcement_officer_sees_the_units_open_cases_with_their_decision_clocks()
    {
        // Set up through the API: the legal office registers a power of the fixture's unit and two certified officers; an officer
        // opens a case 80 days ago, so its 90-day decision period (ENF-4) ends within days.
        const string unit = BrowserFixture.EnforcingUnit;
        using var legal = await web.System.CreateSignedInGatewayClientAsync("legal.justice");
        var today = BrowserFixture.Today;
        var power = await BrowserFixture.StepAsync(legal, "/api/enforcement/powers", new
        {
            unitId = unit, code = $"3302170{Random.Shared.Next(10000, 99999)}", kind = "Penalty",
            basis = new { name = "对发布虚假广告的处罚", effectiveFrom = today.AddYears(-1), lawBasis = "《中华人民共和国广告法》第五十五条", reason = "权责清单公布" },
        });
        var officers = new List<Guid>();
        foreach (var name in new[] { "张明", "李华" })
        {
            var officer = await BrowserFixture.StepAsync(legal, "/api/enforcement/officers", new
            {
                unitId = unit, name, certificateNumber = $"C{Guid.NewGuid():N}"[..13], validFrom = today.AddYears(-1), validUntil = today.AddYears(2), qualifiedReviewer = false,
            });
            officers.Add(officer.GetProperty("id").GetGuid());
        }

        using var enforcement = await web.System.CreateSignedInGatewayClientAsync("enforcement.market");
        var party = $"南城区某美容有限公司{Random.Shared.Next(100, 999)}";
        var opened = await BrowserFixture.StepAsync(enforcement, "/api/enforcement/cases", new
        {
            unitId = unit, powerId = power.GetProperty("id").GetGuid(), partyName = party, partyKind = "Organisation", facts = "发布含有虚假内容的广告",
            actOn = today.AddDays(-85), openedOn = today.AddDays(-80), officerIds = officers,
            lifeHealthOrFinance = false, onTheSpot = false, majorPublicInterest = false, complex = false, lawRequiresReview = false,
        });

        var page = await web.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "enforcement.market", "/console");
        await page.GetByRole(AriaRole.Link, new() { Name = "办理中的执法案件及期限" }).ClickAsync();
        var row = page.Locator("table.queue tr", new() { HasText = party });
        await Expect(row).ToContainTextAsync("已立案");
        await Expect(row).ToContainTextAsync("处罚决定期限");
        await Expect(row.Locator(".deadline")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "console-enforcement-queue");

        await row.GetByRole(AriaRole.Link, new() { Name = opened.GetProperty("number").GetString()! }).ClickAsync();
        await Expect(page.Locator(".facts")).ToContainTextAsync("对发布虚假广告的处罚");
        await Expect(page.Locator(".facts .deadline")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Appraisal_scores_show_their_explanations_and_a_chart()
    {
        // Evidence for the justice bureau: a document reviewed for legality before its meeting.
        using var staff = await web.System.CreateSignedInGatewayClientAsync("staff.justice");
        using var legal = await web.System.CreateSignedInGatewayClientAsync("legal.justice");
        await PortalTests.AdoptedAsync(staff, legal, await BrowserFixture.DraftAsync(staff, "南城区行政执法人员培训办法"));

        using var appraisal = await web.System.CreateSignedInGatewayClientAsync("appraisal.justice");
        var cycle = await BrowserFixture.StepAsync(appraisal, "/api/appraisal/cycles", new
        {
            year = BrowserFixture.Today.Year,
            name = "年度依法行政考核",
            indicators = new object[]
            {
                new { code = "A", name = "依法决策", level = 1, parentCode = (string?)null, weight = 40, computation = (string?)null },
                new { code = "A1", name = "决策程序", level = 2, parentCode = "A", weight = 100, computation = (string?)null },
                new { code = "A1a", name = "会前合法性审核率", level = 3, parentCode = "A1", weight = 100, computation = "LegalityReviewBeforeMeeting" },
                new { code = "B", name = "规范性文件与执法", level = 1, parentCode = (string?)null, weight = 60, computation = (string?)null },
                new { code = "B1", name = "备案与期限", level = 2, parentCode = "B", weight = 100, computation = (string?)null },
                new { code = "B1a", name = "按时备案率", level = 3, parentCode = "B1", weight = 60, computation = "DocumentsFiledOnTime" },
                new { code = "B1b", name = "法定期限超期", level = 3, parentCode = "B1", weight = 40, computation = "StatutoryClocksMissed" },
            },
        });
        var cycleId = cycle.GetProperty("id").GetGuid();
        await BrowserFixture.StepAsync(appraisal, $"/api/appraisal/cycles/{cycleId}/adjustments", new { unitId = BrowserFixture.Unit, indicatorCode = "B1a", points = -5m, reason = "备案材料经核查存在补报情形，扣5分" });
        await Eventually.Until(
            () => appraisal.GetFromJsonAsync<JsonElement>($"/api/appraisal/cycles/{cycleId}/scores"),
            scores => scores.GetProperty("units").EnumerateArray().Any(u => u.GetProperty("unitId").GetString() == BrowserFixture.Unit),
            "the justice bureau's evidence reaches appraisal");

        var page = await web.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "appraisal.justice", $"/console/appraisal?cycle={cycleId}");
        var unit = page.Locator("section.unit-scores", new() { HasText = BrowserFixture.Unit });
        await Expect(unit).ToContainTextAsync("会前合法性审核率");
        await Expect(unit).ToContainTextAsync("会前经合法性审核的决策和文件所占比例");
        await Expect(unit).ToContainTextAsync("备案材料经核查存在补报情形，扣5分");
        await Expect(page.Locator("figure.chart svg")).ToContainTextAsync(BrowserFixture.Unit);
        await BrowserFixture.ScreenshotAsync(page, "appraisal-scores");
    }
}
