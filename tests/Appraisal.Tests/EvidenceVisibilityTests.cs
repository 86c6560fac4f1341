using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

public sealed class EvidenceVisibilityTests(AppraisalServiceFactory service) : IClassFixture<AppraisalServiceFactory>
{
    [Fact]
    public async Task Everyone_sees_the_evidence_of_published_records_only_and_never_a_draft_s_id()
    {
        var unit = $"unit-{Guid.NewGuid():N}"[..20];
        var draft = Guid.NewGuid();
        var published = Guid.NewGuid();
        var bus = service.Services.EventBus();
        var now = DateTimeOffset.UtcNow;
        await bus.Publish(new DocumentDrafted { OccurredAt = now, UnitId = unit, RecordId = draft, Title = "内部起草稿" });
        await bus.Publish(new DocumentDrafted { OccurredAt = now, UnitId = unit, RecordId = published, Title = "已公布文件" });
        await bus.Publish(new DocumentPublished
        {
            OccurredAt = now, UnitId = unit, RecordId = published, Title = "已公布文件", Number = "测规〔2026〕1号",
            PublishedOn = new DateOnly(2026, 3, 2), EffectiveFrom = new DateOnly(2026, 3, 2), ExpiresOn = new DateOnly(2031, 3, 1),
        });

        using var admin = service.CreateClient();
        await Eventually.Until(() => RecordsAsync(admin, unit), records => records.Count == 3, "the appraisal holds the three events");

        using var ownStaff = service.CreateClientFor(unit, Roles.UnitStaff);
        Assert.Equal(3, (await RecordsAsync(ownStaff, unit)).Count);
        using var anonymous = service.CreateAnonymousClient();
        using var otherUnit = service.CreateClientFor("unit-other", Roles.UnitStaff);
        foreach (var client in new[] { anonymous, otherUnit })
        {
            var seen = await RecordsAsync(client, unit);
            Assert.Equal([published, published], seen);
            Assert.Empty(await RecordsAsync(client, unit, $"&recordId={draft}"));
        }
    }

    private static async Task<List<Guid>> RecordsAsync(HttpClient client, string unit, string query = "")
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/appraisal/units/{unit}/evidence?pageSize=100{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("recordId").GetGuid())];
    }
}
