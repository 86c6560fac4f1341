using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Contracts.Reconsideration;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed class RemediesTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    [Fact]
    public async Task DOC_8_a_campaign_lists_every_document_in_force_and_publishes_only_when_each_has_a_result()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var kept = await api.PublishedAsync(unit);
        var repealed = await api.PublishedAsync(unit);
        await api.DraftAsync(unit); // not in force: not listed
        api.ActFor(DocumentsApi.SupervisingOffice); // the district's 司法局 runs the campaign

        var started = await api.Client.PostAsJsonAsync("/api/documents/cleanup-campaigns", new { name = "2026年度规范性文件清理", unitId = unit });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var campaign = (await started.Content.ReadFromJsonAsync<CleanupResponse>(DocumentsApi.Json))!;
        Assert.Equal([kept.Id, repealed.Id], campaign.Items.Select(i => i.DocumentId).Order());

        var url = $"/api/documents/cleanup-campaigns/{campaign.Id}";
        await api.Client.PostAsJsonAsync($"{url}/items/{kept.Id}", new { result = "Retain" });
        await DocumentsApi.AssertRefusedAsync(await api.Client.PostAsync($"{url}/publish", null), "DOC-8");
        await DocumentsApi.AssertRefusedAsync(await api.Client.PostAsJsonAsync($"{url}/items/{repealed.Id}", new { result = "Repeal", repealOn = service.Today.AddDays(10) }), "DOC-8"); // reason missing
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsJsonAsync($"{url}/items/{repealed.Id}", new { result = "Repeal", repealOn = service.Today.AddDays(10), reason = "上位法已修改" })).StatusCode);

        var published = (await (await api.Client.PostAsync($"{url}/publish", null)).Content.ReadFromJsonAsync<CleanupResponse>(DocumentsApi.Json))!;
        Assert.Equal(CleanupStatus.Published, published.Status);
        var gone = await api.GetAsync(repealed.Id);
        Assert.Equal((DocumentStatus.Repealed, service.Today.AddDays(10)), (gone.Status, gone.LeftForceOn));
        Assert.True(gone.InForce); // until the stated day
        Assert.Equal(DocumentStatus.Published, (await api.GetAsync(kept.Id)).Status);
    }

    [Fact]
    public async Task DOC_14_an_incidental_review_request_opens_a_review_with_its_clocks_and_a_clause_found_unlawful_is_suspended()
    {
        using var api = new DocumentsApi(service);
        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        var caseId = Guid.NewGuid();
        await service.Services.EventBus().Publish(new IncidentalReviewRequested
        {
            OccurredAt = DateTimeOffset.UtcNow, UnitId = "district-reconsideration", RecordId = caseId,
            DocumentNumber = published.Number!, Clauses = ["第一条"], Grounds = "该条增加了法律规定以外的义务。", ReceivedOn = service.Today,
        });

        var review = (await Eventually.Until(
            () => api.Client.GetFromJsonAsync<List<IncidentalReviewResponse>>($"/api/documents/incidental-reviews?caseId={caseId}", DocumentsApi.Json),
            list => list!.Count == 1,
            "the review is opened"))![0];
        var clocks = await service.WithDbAsync(db => db.Clocks.AsNoTracking().Where(c => c.RecordId == review.Id).ToListAsync());
        Assert.Contains(clocks, c => c.Kind == DocumentClocks.IncidentalDecision && c.DueDate >= service.Today.AddDays(30));
        Assert.Contains(clocks, c => c.Kind == DocumentClocks.IncidentalTransfer && c.DueDate >= service.Today.AddDays(7));

        await api.Client.PostAsync($"/api/documents/incidental-reviews/{review.Id}/issuer-request", null);
        await api.Client.PostAsJsonAsync($"/api/documents/incidental-reviews/{review.Id}/issuer-answer", new { text = "该条有上位法依据。" });
        await DocumentsApi.AssertRefusedAsync(
            await api.Client.PostAsJsonAsync($"/api/documents/incidental-reviews/{review.Id}/conclusion", new { unlawfulClauses = new[] { "第九条" }, reasoning = "x" }), "DOC-14");
        var concluded = await api.Client.PostAsJsonAsync($"/api/documents/incidental-reviews/{review.Id}/conclusion", new { unlawfulClauses = new[] { "第一条" }, reasoning = "缺乏上位法依据。" });
        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);

        var document = await api.GetAsync(published.Id);
        Assert.Equal("第一条", Assert.Single(document.SuspendedClauses).Clause);
        var register = await api.Client.GetFromJsonAsync<RuleOfLaw.BuildingBlocks.Hosting.Page<RegisterItem>>($"/api/documents?number={Uri.EscapeDataString(published.Number!)}", DocumentsApi.Json);
        Assert.Equal(["第一条"], Assert.Single(register!.Items).SuspendedClauses);
        var stopped = await service.WithDbAsync(db => db.Clocks.AsNoTracking().Where(c => c.RecordId == review.Id).Select(c => c.Status).ToListAsync());
        Assert.All(stopped, s => Assert.Equal(ClockStatus.Stopped, s));
        var outbox = await service.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MessageType.EndsWith("IncidentalReviewConcluded")).Select(m => m.Body).ToListAsync());
        Assert.Contains(outbox, b => b.Contains(caseId.ToString(), StringComparison.Ordinal) && b.Contains("Unlawful", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DOC_14_a_request_about_an_unknown_number_is_answered_at_once()
    {
        var caseId = Guid.NewGuid();
        await service.Services.EventBus().Publish(new IncidentalReviewRequested
        {
            OccurredAt = DateTimeOffset.UtcNow, UnitId = "district-reconsideration", RecordId = caseId,
            DocumentNumber = "无此号规〔2020〕1号", Clauses = ["第一条"], Grounds = "x", ReceivedOn = service.Today,
        });
        using var api = new DocumentsApi(service);
        var review = (await Eventually.Until(
            () => api.Client.GetFromJsonAsync<List<IncidentalReviewResponse>>($"/api/documents/incidental-reviews?caseId={caseId}", DocumentsApi.Json),
            list => list!.Count == 1,
            "the review is recorded"))![0];
        Assert.Equal(IncidentalReviewStatus.DocumentNotFound, review.Status);
    }
}
