using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>ENF-2 (certified officers, at least two, public directory) and ENF-3 (training coverage).</summary>
public sealed class OfficerTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    [Fact]
    public async Task ENF_2_a_case_needs_two_officers_certified_on_the_day()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today, officers: [api.Officers[0].Id]), "ENF-2");
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today, officers: [api.Officers[0].Id, api.Officers[0].Id]), "ENF-2");

        var expired = await api.CertifyAsync("过期", api.Today.AddYears(-5), api.Today.AddDays(-1));
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today, officers: [api.Officers[0].Id, expired.Id]), "ENF-2");

        var revoked = await EnforcementApi.OkAsync<OfficerResponse>(await api.Registry.PostAsJsonAsync(
            $"/api/enforcement/officers/{api.Officers[1].Id}/revocation", new RevokeCertificateRequest(api.Today, "调离执法岗位")));
        Assert.False(revoked.CertifiedToday);
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today, officers: [api.Officers[0].Id, api.Officers[1].Id]), "ENF-2");
        // Before the revocation the officer could act: a case opened on an earlier day with them is lawful.
        Assert.Equal(HttpStatusCode.Created, (await api.TryOpenAsync(api.Today.AddDays(-1), officers: [api.Officers[0].Id, api.Officers[1].Id])).StatusCode);
        await Problems.AssertRefusedAsync(await api.Registry.PostAsJsonAsync(
            $"/api/enforcement/officers/{api.Officers[1].Id}/revocation", new RevokeCertificateRequest(api.Today, "再次")), "ENF-2");

        using var otherUnit = new EnforcementApi(service);
        await otherUnit.SetUpUnitAsync(benchmark: false);
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today, officers: [api.Officers[0].Id, otherUnit.Officers[0].Id]), "ENF-2");
    }

    [Fact]
    public async Task ENF_2_the_officer_directory_is_public_with_name_certificate_number_and_unit()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        var page = await api.Public.GetFromJsonAsync<Page<OfficerResponse>>($"/api/enforcement/officers?unitId={api.UnitId}", EnforcementApi.Json);
        Assert.Equal(4, page!.Total);
        var zhang = Assert.Single(page.Items, o => o.Name == "张明");
        Assert.Equal((api.UnitId, api.Officers[0].CertificateNumber, true), (zhang.UnitId, zhang.CertificateNumber, zhang.CertifiedToday));
        var byNumber = await api.Public.GetFromJsonAsync<Page<OfficerResponse>>($"/api/enforcement/officers?certificateNumber={zhang.CertificateNumber}", EnforcementApi.Json);
        Assert.Equal(zhang.Id, Assert.Single(byNumber!.Items).Id);
    }

    [Fact]
    public async Task ENF_3_training_is_recorded_and_coverage_reported_per_unit_and_year()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        foreach (var officer in api.Officers.Take(3))
        {
            var trainings = await EnforcementApi.OkAsync<List<TrainingResponse>>(await api.Unit.PostAsJsonAsync(
                $"/api/enforcement/officers/{officer.Id}/trainings", new RecordTrainingRequest("行政执法人员公共法律知识培训", api.Today, 40)));
            Assert.Single(trainings);
        }

        var coverage = await api.Public.GetFromJsonAsync<List<TrainingCoverage>>($"/api/enforcement/training-coverage?year={api.Today.Year}", EnforcementApi.Json);
        var unit = Assert.Single(coverage!, c => c.UnitId == api.UnitId);
        Assert.Equal((4, 3, 75.0m), (unit.Officers, unit.Trained, unit.Percent));

        using var other = service.CreateClientFor("another-unit", BuildingBlocks.Access.Roles.UnitStaff);
        var foreign = await other.PostAsJsonAsync($"/api/enforcement/officers/{api.Officers[3].Id}/trainings", new RecordTrainingRequest("培训", api.Today, 8));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        await Problems.AssertFieldErrorsAsync(
            await api.Unit.PostAsJsonAsync($"/api/enforcement/officers/{api.Officers[3].Id}/trainings", new RecordTrainingRequest("培训", api.Today.AddDays(1), 8)), "completedOn");
    }
}
