using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

public sealed class DemoDataTests
{
    [Theory]
    [MemberData(nameof(DemoData.Clocks), MemberType = typeof(DemoData))]
    public async Task Everyone_demo_appraisal_shows_last_year_s_published_results_and_this_year_s_live_scores_relative_to_the_clock(string clock)
    {
        await using var service = await DemoData.StartAsync<AppraisalDbContext>(AppraisalService.Names, clock);
        var today = StatutoryTime.Today(service.Time!);
        using var anonymous = service.CreateAnonymousClient();

        var published = Assert.Single((await anonymous.GetFromJsonAsync<JsonElement>("/api/appraisal/results")).GetProperty("items").EnumerateArray());
        Assert.Equal(today.Year - 1, published.GetProperty("year").GetInt32());
        Assert.True(published.GetProperty("publishedOn").GetDateOnly() <= today);
        var results = await anonymous.GetFromJsonAsync<JsonElement>($"/api/appraisal/cycles/{published.GetProperty("id").GetGuid()}/results");
        Assert.Equal(
            [("district-market-regulation", "Commended"), ("district-urban-management", "Passed"), ("district-ecology", "Failed")],
            results.GetProperty("units").EnumerateArray().Select(u => (u.GetProperty("unitId").GetString(), u.GetProperty("outcome").GetString())));
        var rectification = Assert.Single((await anonymous.GetFromJsonAsync<JsonElement>("/api/appraisal/rectifications")).GetProperty("items").EnumerateArray());
        Assert.Equal("district-ecology", rectification.GetProperty("unitId").GetString());
        Assert.True(rectification.GetProperty("orderedOn").GetDateOnly() <= today);
        var reports = await anonymous.GetFromJsonAsync<JsonElement>($"/api/appraisal/cycles/{published.GetProperty("id").GetGuid()}/reports");
        Assert.Equal(3, reports.GetProperty("reports").GetProperty("total").GetInt32());
        Assert.Equal(["district-ecology"], reports.GetProperty("unitsWithoutReport").EnumerateArray().Select(u => u.GetString()));

        // This year's cycle is open: its live scores are the staff's, computed from this year's evidence.
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var cycles = await service.WithDbAsync(db => Task.FromResult(db.Cycles.Where(c => c.Year == today.Year).Select(c => c.Id).ToList()));
        var live = await appraiser.GetFromJsonAsync<JsonElement>($"/api/appraisal/cycles/{Assert.Single(cycles)}/scores");
        var demoUnits = live.GetProperty("units").EnumerateArray().Where(u => u.GetProperty("unitId").GetString() is "district-market-regulation" or "district-urban-management" or "district-ecology").ToList();
        Assert.Equal(3, demoUnits.Count);
        Assert.All(demoUnits, u => Assert.NotEmpty(u.GetProperty("indicators").EnumerateArray().SelectMany(i => i.GetProperty("eventIds").EnumerateArray())));
    }
}
