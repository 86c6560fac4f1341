using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>The public's list of drafts open for comment, read by the portal's consultations page.</summary>
public sealed class ConsultationListTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    [Fact]
    public async Task DOC_2_the_public_lists_the_drafts_open_for_comment_until_their_period_closes()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var soon = await api.DraftAsync(unit, affectsRights: true, title: "南城区征求意见较早截止的草案");
        var later = await api.DraftAsync(unit, affectsRights: true, title: "南城区征求意见较晚截止的草案");
        var unopened = await api.DraftAsync(unit, affectsRights: true, title: "南城区尚未征求意见的草案");
        await api.StepAsync(later.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(20) });
        await api.StepAsync(soon.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(13) });

        var open = await ListAsync(api.Public);
        Assert.Equal(
            [(soon.Id, "南城区征求意见较早截止的草案", service.Today, service.Today.AddDays(13)), (later.Id, "南城区征求意见较晚截止的草案", service.Today, service.Today.AddDays(20))],
            open.Select(c => (c.Id, c.Title, c.OpensOn, c.ClosesOn)));
        Assert.DoesNotContain(open, c => c.Id == unopened.Id);

        // Past its closing day the period closes on its own, and the draft leaves the list.
        service.Advance(14);
        await Eventually.Until(() => ListAsync(api.Public), list => list.All(c => c.Id != soon.Id), "the first period closed");
        Assert.Equal([later.Id], (await ListAsync(api.Public)).Select(c => c.Id));
    }

    private static async Task<IReadOnlyList<ConsultationItem>> ListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<Page<ConsultationItem>>("/api/documents/consultations?pageSize=100", DocumentsApi.Json))!.Items;
}
