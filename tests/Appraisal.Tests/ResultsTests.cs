using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Appraisal.Features;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Contracts.Appraisal;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

/// <summary>APP-3 and APP-4 through HTTP: a cycle of a past year frozen, published, its failed unit rectifying; yearly reports.</summary>
public sealed class ResultsTests(AfterTheYearFactory service) : IClassFixture<AfterTheYearFactory>
{
    private static readonly DateOnly Today = AfterTheYearFactory.Today;

    [Fact]
    public async Task APP_3_after_the_year_scores_are_frozen_then_published_with_their_ranking_commending_and_ordering_rectification()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        using var anonymous = service.CreateAnonymousClient();
        var (cycle, good, fair, poor) = await CycleWithThreeUnitsAsync(appraiser);
        var path = $"/api/appraisal/cycles/{cycle}";
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{path}/results")).StatusCode);

        await Problems.AssertRefusedAsync(await appraiser.PostAsJsonAsync($"{path}/freeze", new FreezeCycleRequest(new DateOnly(AfterTheYearFactory.Year, 12, 31))), "APP-3");
        await Problems.AssertFieldErrorsAsync(await appraiser.PostAsJsonAsync($"{path}/freeze", new FreezeCycleRequest(Today.AddDays(1))), "frozenOn");
        var frozen = await appraiser.PostAsJsonAsync($"{path}/freeze", new FreezeCycleRequest(Today));
        Assert.Equal(HttpStatusCode.OK, frozen.StatusCode);
        Assert.Equal("Frozen", (await frozen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // Frozen results are process information: staff review them, the public does not see them yet.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{path}/results")).StatusCode);
        using var poorStaff = service.CreateClientFor(poor, Roles.UnitStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await poorStaff.GetAsync($"{path}/results")).StatusCode);
        var review = await appraiser.GetFromJsonAsync<JsonElement>($"{path}/results");
        Assert.Equal(JsonValueKind.Array, review.GetProperty("units")[0].GetProperty("indicators")[0].GetProperty("eventIds").ValueKind);
        await Problems.AssertRefusedAsync(await appraiser.PostAsJsonAsync($"{path}/adjustments", new AdjustScoreRequest(poor, "A1a", 50m, "冻结后补分")), "APP-3");

        await Problems.AssertRefusedAsync(await appraiser.PostAsJsonAsync($"{path}/publication", new PublishResultsRequest(Today.AddDays(-1))), "APP-3");
        var published = await appraiser.PostAsJsonAsync($"{path}/publication", new PublishResultsRequest(Today));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        await Problems.AssertRefusedAsync(await appraiser.PostAsJsonAsync($"{path}/publication", new PublishResultsRequest(Today)), "APP-3");

        var history = await anonymous.GetFromJsonAsync<JsonElement>($"{path}/history");
        Assert.Equal(["Open", "Frozen", "Published"], history.EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/appraisal/results?pageSize=100");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == cycle && c.GetProperty("failed").GetInt32() == 1);
        var results = await anonymous.GetFromJsonAsync<JsonElement>($"{path}/results");
        var units = results.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetString()!);
        Assert.Equal(
            [(100m, "Commended"), (60m, "Passed"), (30m, "Failed")],
            new[] { good, fair, poor }.Select(u => (units[u].GetProperty("total").GetDecimal(), units[u].GetProperty("outcome").GetString())));
        // Units of other tests in the shared database are ranked in the same year: a rank is one more than the
        // number of units with a greater total, so equal totals share it.
        var totals = units.Values.Select(u => u.GetProperty("total").GetDecimal()).ToList();
        Assert.All(units.Values, u => Assert.Equal(1 + totals.Count(t => t > u.GetProperty("total").GetDecimal()), u.GetProperty("rank").GetInt32()));
        Assert.Equal(1, units[good].GetProperty("rank").GetInt32());
        Assert.True(units[fair].GetProperty("rank").GetInt32() < units[poor].GetProperty("rank").GetInt32());
        Assert.Equal(JsonValueKind.Null, units[poor].GetProperty("indicators")[0].GetProperty("eventIds").ValueKind);
        Assert.Contains(results.GetProperty("adjustments").EnumerateArray(), a => a.GetProperty("reason").GetString() == "未按期报送法治建设材料");

        var rectification = Assert.Single((await anonymous.GetFromJsonAsync<JsonElement>($"/api/appraisal/rectifications?cycleId={cycle}")).GetProperty("items").EnumerateArray());
        Assert.Equal((poor, "Ordered", Today), (rectification.GetProperty("unitId").GetString(), rectification.GetProperty("status").GetString(), rectification.GetProperty("orderedOn").GetDateOnly()));
        Assert.True(rectification.GetProperty("dueOn").GetDateOnly() >= Today.AddDays(90));

        // Each unit is told its result on the bus; the failed one its order too.
        var evidence = await Eventually.Until(
            () => appraiser.GetFromJsonAsync<JsonElement>($"/api/appraisal/units/{poor}/evidence?pageSize=100"),
            e => e.GetProperty("total").GetInt32() >= 2,
            "the results and the order are published");
        Assert.Equal(
            [typeof(AppraisalResultPublished).FullName, typeof(RectificationOrdered).FullName],
            evidence.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("eventType").GetString()).Order());
    }

    [Fact]
    public async Task APP_3_the_failed_unit_reports_its_rectification_no_earlier_than_the_order_and_the_administrator_finds_it_done()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var (cycle, _, _, poor) = await CycleWithThreeUnitsAsync(appraiser);
        await StepAsync(appraiser, $"/api/appraisal/cycles/{cycle}/freeze", new FreezeCycleRequest(Today));
        await StepAsync(appraiser, $"/api/appraisal/cycles/{cycle}/publication", new PublishResultsRequest(Today));
        var id = (await appraiser.GetFromJsonAsync<JsonElement>($"/api/appraisal/rectifications?cycleId={cycle}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var path = $"/api/appraisal/rectifications/{id}";

        using var otherUnit = service.CreateClientFor("unit-other", Roles.UnitStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.PostAsJsonAsync($"{path}/report", new ReportRectificationRequest(Today, "整改"))).StatusCode);
        using var poorHead = service.CreateClientFor(poor, Roles.UnitHead);
        await Problems.AssertRefusedAsync(await poorHead.PostAsJsonAsync($"{path}/report", new ReportRectificationRequest(Today.AddDays(-1), "整改")), "APP-3");
        await Problems.AssertFieldErrorsAsync(await poorHead.PostAsJsonAsync($"{path}/report", new ReportRectificationRequest(Today, "")), "measures");
        await StepAsync(poorHead, $"{path}/report", new ReportRectificationRequest(Today, "已建立法治建设材料报送台账，明确专人负责。"));
        Assert.Equal(HttpStatusCode.Forbidden, (await poorHead.PostAsJsonAsync($"{path}/completion", new CompleteRectificationRequest(Today, "自行验收"))).StatusCode);
        var done = await StepAsync(appraiser, $"{path}/completion", new CompleteRectificationRequest(Today, "整改到位"));
        Assert.Equal(("Completed", false), (done.GetProperty("status").GetString(), done.GetProperty("reportedLate").GetBoolean()));

        using var anonymous = service.CreateAnonymousClient();
        var history = await anonymous.GetFromJsonAsync<JsonElement>($"{path}/history");
        Assert.Equal(["Ordered", "Reported", "Completed"], history.EnumerateArray().Select(h => h.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task APP_4_each_unit_files_its_yearly_report_in_the_cycle_once_and_the_district_s_reports_are_public()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var (cycle, good, fair, poor) = await CycleWithThreeUnitsAsync(appraiser);
        var path = $"/api/appraisal/cycles/{cycle}/reports";
        using var goodStaff = service.CreateClientFor(good, Roles.UnitStaff);
        var request = new FileAnnualReportRequest(good, Appraisal.Domain.ReportingLevel.Department, "2019年度法治政府建设情况报告", "一、主要举措……", Today);

        Assert.Equal(HttpStatusCode.Forbidden, (await goodStaff.PostAsJsonAsync(path, request with { UnitId = poor })).StatusCode);
        await Problems.AssertRefusedAsync(await goodStaff.PostAsJsonAsync(path, request with { FiledOn = new DateOnly(AfterTheYearFactory.Year - 1, 12, 31) }), "APP-4");
        await Problems.AssertFieldErrorsAsync(await goodStaff.PostAsJsonAsync(path, request with { Title = "" }), "title");
        var key = Guid.NewGuid().ToString();
        var filed = await goodStaff.PostAsync(path, request, key);
        IdempotentRequests.AssertRetryReplayed(filed, await goodStaff.PostAsync(path, request, key));
        var report = await filed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["本级人民政府", "上一级人民政府有关部门"], report.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
        await Problems.AssertRefusedAsync(await goodStaff.PostAsJsonAsync(path, request), "APP-4");

        using var anonymous = service.CreateAnonymousClient();
        var reports = await anonymous.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(good, Assert.Single(reports.GetProperty("reports").GetProperty("items").EnumerateArray()).GetProperty("unitId").GetString());
        Assert.Equal(JsonValueKind.Null, reports.GetProperty("unitsWithoutReport").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(filed.Headers.Location!.ToString())).StatusCode);

        await StepAsync(appraiser, $"/api/appraisal/cycles/{cycle}/freeze", new FreezeCycleRequest(Today));
        using var poorStaff = service.CreateClientFor(poor, Roles.UnitStaff);
        await Problems.AssertRefusedAsync(await poorStaff.PostAsJsonAsync(path, request with { UnitId = poor }), "APP-4");
        reports = await anonymous.GetFromJsonAsync<JsonElement>(path);
        // Units of other tests in the shared database appear too: only these three are this test's.
        var without = reports.GetProperty("unitsWithoutReport").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Contains(poor, without);
        Assert.Contains(fair, without);
        Assert.DoesNotContain(good, without);
        var results = await appraiser.GetFromJsonAsync<JsonElement>($"/api/appraisal/cycles/{cycle}/results");
        Assert.Equal(
            [(good, true), (poor, false)],
            results.GetProperty("units").EnumerateArray().Select(u => (u.GetProperty("unitId").GetString(), u.GetProperty("reportFiled").GetBoolean())).Where(u => u.Item1 == good || u.Item1 == poor));
    }

    [Fact]
    public async Task Bad_input_to_the_appraisal_steps_answers_400_never_500()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var (cycle, good, _, _) = await CycleWithThreeUnitsAsync(appraiser);
        using var staff = service.CreateClientFor(good, Roles.UnitStaff);
        var path = $"/api/appraisal/cycles/{cycle}";
        foreach (var (client, route, body) in new (HttpClient, string, string)[]
        {
            (appraiser, $"{path}/freeze", """{ "frozenOn": "2020-13-45" }"""),
            (appraiser, $"{path}/freeze", "{}"),
            (appraiser, $"{path}/publication", """{ "publishedOn": "yesterday" }"""),
            (staff, $"{path}/reports", $$"""{ "unitId": "{{good}}", "level": "Ministry", "title": "报告", "text": "正文", "filedOn": "2020-01-10" }"""),
            (staff, $"{path}/reports", $$"""{ "unitId": "{{good}}", "level": "Department", "title": "报告\u0007", "text": "正文", "filedOn": "2020-01-10" }"""),
            (appraiser, "/api/appraisal/cycles", """{ "year": 2019, "name": "考核", "indicators": [], "passMark": 60.123 }"""),
        })
        {
            var response = await client.PostAsync(route, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route} {body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A cycle of the past year with three units scored by adjustments alone: 100 (commended), 60 (passed), 30 (failed).</summary>
    internal static async Task<(Guid Cycle, string Good, string Fair, string Poor)> CycleWithThreeUnitsAsync(HttpClient appraiser)
    {
        var created = await appraiser.PostAsJsonAsync("/api/appraisal/cycles", Schemes.Request(year: AfterTheYearFactory.Year));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var cycle = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (good, fair, poor) = ($"good-{suffix}", $"fair-{suffix}", $"poor-{suffix}");
        (string Unit, string Code, decimal Points, string Reason)[] adjustments =
        [
            (good, "A1a", 5m, "创新做法加分"),
            (fair, "A1b", -100m, "未按期报送法治建设材料"), (fair, "B2a", -100m, "案卷评查未参加"),
            (poor, "A1a", -100m, "未按期报送法治建设材料"), (poor, "A1b", -100m, "未按期报送法治建设材料"),
            (poor, "A1c", -100m, "未按期报送法治建设材料"), (poor, "B2a", -100m, "案卷评查未参加"),
        ];
        foreach (var (unit, code, points, reason) in adjustments)
        {
            var adjusted = await appraiser.PostAsJsonAsync($"/api/appraisal/cycles/{cycle}/adjustments", new AdjustScoreRequest(unit, code, points, reason));
            Assert.Equal(HttpStatusCode.Created, adjusted.StatusCode);
        }

        return (cycle, good, fair, poor);
    }

    internal static async Task<JsonElement> StepAsync<T>(HttpClient client, string path, T body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
