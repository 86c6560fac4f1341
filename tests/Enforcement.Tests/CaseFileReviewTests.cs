using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>ENF-9: tamper-evident case files, and the legal office's sampled, scored and published review.</summary>
public sealed class CaseFileReviewTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    [Fact]
    public async Task ENF_9_a_case_file_altered_in_the_database_fails_verification()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var closed = await api.ClosedCaseAsync();
        var intact = await api.Unit.GetFromJsonAsync<CaseFileVerification>($"/api/enforcement/cases/{closed.Id}/integrity", EnforcementApi.Json);
        Assert.True(intact!.Intact, string.Join("; ", intact.Problems));
        Assert.True(intact.Entries >= 7);

        var evidenceId = closed.Evidence[0].Id;
        await service.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE case_evidence SET sha256 = {EnforcementApi.Sha("a different file")} WHERE id = {evidenceId}"));
        var altered = await api.Unit.GetFromJsonAsync<CaseFileVerification>($"/api/enforcement/cases/{closed.Id}/integrity", EnforcementApi.Json);
        Assert.False(altered!.Intact);
        Assert.Contains(altered.Problems, p => p.Contains("evidence", StringComparison.Ordinal));

        var other = await api.ClosedCaseAsync();
        await service.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE history SET reason = 'decided Warning' WHERE record_id = {other.Id} AND \"to\" = 'Decided'"));
        Assert.False((await api.Unit.GetFromJsonAsync<CaseFileVerification>($"/api/enforcement/cases/{other.Id}/integrity", EnforcementApi.Json))!.Intact);

        var third = await api.ClosedCaseAsync();
        await service.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE case_file_entries SET content = 'Opened>Investigating|' WHERE case_id = {third.Id} AND sequence = 2"));
        var relinked = await api.Unit.GetFromJsonAsync<CaseFileVerification>($"/api/enforcement/cases/{third.Id}/integrity", EnforcementApi.Json);
        Assert.False(relinked!.Intact);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Public.GetAsync($"/api/enforcement/cases/{third.Id}/integrity")).StatusCode);
    }

    [Fact]
    public async Task ENF_9_the_legal_office_samples_closed_files_scores_them_and_publishes_scores_per_unit()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var closed = new[] { await api.ClosedCaseAsync(6000), await api.ClosedCaseAsync(7000) };
        await api.NotifiedCaseAsync(); // open: never sampled

        var review = await EnforcementApi.CreatedAsync<ReviewResponse>(await api.Registry.PostAsJsonAsync("/api/enforcement/case-file-reviews", new SampleCaseFilesRequest(api.Today.Year, 5)));
        var ours = review.Files.Where(f => f.UnitId == api.UnitId).Select(f => f.CaseId).Order().ToList();
        Assert.Equal(closed.Select(c => c.Id).Order(), ours);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Public.GetAsync($"/api/enforcement/case-file-reviews/{review.Id}")).StatusCode);

        var publish = new StepRequest(api.Today, null);
        await Problems.AssertRefusedAsync(await api.Registry.PostAsJsonAsync($"/api/enforcement/case-file-reviews/{review.Id}/publish", publish), "ENF-9");
        foreach (var file in review.Files)
        {
            var score = file.UnitId == api.UnitId && file.CaseId == closed[0].Id ? 90 : 80;
            await EnforcementApi.OkAsync<ReviewResponse>(await api.Registry.PostAsJsonAsync($"/api/enforcement/case-file-reviews/{review.Id}/scores", new ScoreCaseFileRequest(file.CaseId, score, "证据链完整")));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await api.Unit.PostAsJsonAsync($"/api/enforcement/case-file-reviews/{review.Id}/publish", publish)).StatusCode);
        await EnforcementApi.OkAsync<ReviewResponse>(await api.Registry.PostAsJsonAsync($"/api/enforcement/case-file-reviews/{review.Id}/publish", publish));
        var published = await api.Public.GetFromJsonAsync<ReviewResponse>($"/api/enforcement/case-file-reviews/{review.Id}", EnforcementApi.Json);
        Assert.Equal(new UnitReviewScore(api.UnitId, 2, 85.0m), Assert.Single(published!.Units, u => u.UnitId == api.UnitId));
        await Problems.AssertRefusedAsync(await api.Registry.PostAsJsonAsync($"/api/enforcement/case-file-reviews/{review.Id}/scores", new ScoreCaseFileRequest(closed[0].Id, 10, "改分")), "ENF-9");
    }
}
