using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>How the service answers what it cannot find (404) and list pages it cannot serve (400), the same way everywhere.</summary>
public sealed class ErrorAnswerTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    private static PowerBasisRequest Basis(EnforcementApi api) =>
        new("对未按规定查验进货凭证的处罚", api.Today.AddYears(-1), "《中华人民共和国食品安全法》第一百二十六条", null, null, "权责清单公布");

    [Fact]
    public async Task An_unknown_case_power_officer_or_unit_named_by_a_request_answers_404()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var unknown = Guid.CreateVersion7();
        var notified = await api.NotifiedCaseAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await api.TryOpenAsync(api.Today, powerId: unknown)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.TryOpenAsync(api.Today, officers: [api.Officers[0].Id, unknown])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Unit.PostAsJsonAsync("/api/enforcement/benchmarks", new DraftBenchmarkRequest(unknown, "裁量基准", [new(Circumstance.Minor, 0, 5000, "首次违法")]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Registry.PostAsJsonAsync("/api/enforcement/officers", new CertifyOfficerRequest("no-such-unit", "张明", "C" + unknown.ToString("N")[..12], api.Today.AddYears(-1), api.Today.AddYears(3), false))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Registry.PostAsJsonAsync("/api/enforcement/powers", new RegisterPowerRequest("no-such-unit", "P1", PowerKind.Penalty, Basis(api)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync(notified.Id, "evidence", new RecordEvidenceRequest("a.pdf", "application/pdf", 1, EnforcementApi.Sha("a"), api.Today, unknown, "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync(notified.Id, "legal-review", new ReviewLegalityRequest(api.Today, unknown, "同意"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.TryDecideAsync(unknown, api.Today)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Unit.GetAsync($"/api/enforcement/cases/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Public.GetAsync($"/api/enforcement/powers/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Registry.PostAsJsonAsync($"/api/enforcement/powers/{unknown}/versions", Basis(api) with { EffectiveFrom = api.Today })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Registry.PostAsJsonAsync($"/api/enforcement/officers/{unknown}/revocation", new RevokeCertificateRequest(api.Today, "调离"))).StatusCode);

        // A registered officer who does not handle the case is still a rule's refusal.
        await Problems.AssertRefusedAsync(await api.PostAsync(notified.Id, "evidence", new RecordEvidenceRequest("a.pdf", "application/pdf", 1, EnforcementApi.Sha("a"), api.Today, api.Officers[2].Id, "x")), "ENF-2");
    }

    [Theory]
    [InlineData("/api/enforcement/powers", "page=0", "page")]
    [InlineData("/api/enforcement/powers", "pageSize=101", "pageSize")]
    [InlineData("/api/enforcement/officers", "pageSize=0", "pageSize")]
    [InlineData("/api/enforcement/cases", "page=-1", "page")]
    [InlineData("/api/enforcement/licences", "pageSize=500", "pageSize")]
    public async Task A_page_out_of_range_answers_400_naming_the_field(string path, string paging, string field)
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        await Problems.AssertFieldErrorsAsync(await api.Unit.GetAsync($"{path}?{paging}"), field);
        Assert.Equal(HttpStatusCode.OK, (await api.Unit.GetAsync($"{path}?page=1&pageSize=100")).StatusCode);
    }

    [Theory]
    [InlineData("/api/enforcement/licences")]
    [InlineData("/api/enforcement/statistics")]
    public async Task ENF_10_a_period_that_ends_before_it_starts_answers_400_naming_to(string path)
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        await Problems.AssertFieldErrorsAsync(await api.Unit.GetAsync($"{path}?from={api.Today:yyyy-MM-dd}&to={api.Today.AddDays(-1):yyyy-MM-dd}"), "to");
        Assert.Equal(HttpStatusCode.OK, (await api.Unit.GetAsync($"{path}?from={api.Today:yyyy-MM-dd}&to={api.Today:yyyy-MM-dd}")).StatusCode);
    }
}
