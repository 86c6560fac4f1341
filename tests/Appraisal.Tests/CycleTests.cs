using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

public sealed class CycleTests(AppraisalServiceFactory service) : IClassFixture<AppraisalServiceFactory>
{
    [Fact]
    public async Task APP_1_an_appraisal_administrator_creates_a_yearly_cycle_whose_scheme_anyone_reads()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var created = await appraiser.PostAsJsonAsync("/api/appraisal/cycles", Schemes.Request());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var cycle = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Schemes.Year, cycle.GetProperty("year").GetInt32());

        using var anonymous = service.CreateAnonymousClient();
        var read = await anonymous.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
        var indicators = read.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(Schemes.Full.Count, indicators.Count);
        var filing = indicators.Single(i => i.GetProperty("code").GetString() == "A1b");
        Assert.Equal(("DocumentsFiledOnTime", 3, 40), (filing.GetProperty("computation").GetString(), filing.GetProperty("level").GetInt32(), filing.GetProperty("weight").GetInt32()));
    }

    [Fact]
    public async Task APP_1_siblings_weights_not_adding_up_to_100_are_refused_with_409()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var detail = await Problems.AssertRefusedAsync(await appraiser.PostAsJsonAsync("/api/appraisal/cycles", Schemes.Request(Schemes.WithWeight("B1b", 45))), "APP-1");
        Assert.Contains("B1", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APP_1_only_an_appraisal_administrator_creates_a_cycle()
    {
        using var legalOffice = service.CreateClientFor(null, Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.Forbidden, (await legalOffice.PostAsJsonAsync("/api/appraisal/cycles", Schemes.Request())).StatusCode);
        using var anonymous = service.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/appraisal/cycles", Schemes.Request())).StatusCode);
    }

    [Fact]
    public async Task APP_1_an_unknown_computation_or_an_empty_scheme_is_bad_input_never_500()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var unknown = await appraiser.PostAsync("/api/appraisal/cycles", JsonContent.Create(new
        {
            year = 2026, name = "考核", indicators = new[] { new { code = "A", name = "区域", level = 3, parentCode = (string?)null, weight = 100, computation = "Satisfaction" } },
        }));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        await Problems.AssertFieldErrorsAsync(await appraiser.PostAsJsonAsync("/api/appraisal/cycles", Schemes.Request([])), "indicators");
    }

    [Fact]
    public async Task Creating_a_cycle_again_with_the_same_Idempotency_Key_answers_the_first_cycle()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var key = Guid.NewGuid().ToString();
        var first = await appraiser.PostAsync("/api/appraisal/cycles", Schemes.Request(), key);
        var retry = await appraiser.PostAsync("/api/appraisal/cycles", Schemes.Request(), key);
        IdempotentRequests.AssertRetryReplayed(first, retry);
    }

    [Fact]
    public async Task A_cycle_that_does_not_exist_answers_404()
    {
        using var anonymous = service.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/appraisal/cycles/{Guid.NewGuid()}")).StatusCode);
        using var admin = service.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/appraisal/cycles/{Guid.NewGuid()}/scores")).StatusCode);
    }
}
