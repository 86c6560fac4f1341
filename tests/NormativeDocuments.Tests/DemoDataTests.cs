using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed class DemoDataTests
{
    [Theory]
    [MemberData(nameof(DemoData.Clocks), MemberType = typeof(DemoData))]
    public async Task Everyone_demo_documents_show_each_stage_on_any_day(string clock)
    {
        await using var service = await DemoData.StartAsync<DocumentsDbContext>(NormativeDocumentsService.Names, clock);
        var now = service.Time!.GetUtcNow();
        var today = StatutoryTime.Today(service.Time);
        using var client = service.CreateAnonymousClient();

        async Task<Page<RegisterItem>> Register(string query) =>
            (await client.GetFromJsonAsync<Page<RegisterItem>>($"/api/documents?pageSize=100&{query}", DocumentsApi.Json))!;

        var inForce = await Register("status=Published");
        Assert.Equal(18, inForce.Total);
        Assert.All(inForce.Items, d => Assert.True(d.PublishedOn < today && today <= d.ExpiresOn, $"{d.Number} published {d.PublishedOn}, expires {d.ExpiresOn}"));
        Assert.Equal(18, (await Register($"inForceOn={today.AddDays(60):yyyy-MM-dd}")).Total);
        Assert.Equal(3, (await Register("status=Expired")).Total);
        Assert.Equal(2, (await Register("status=Repealed")).Total);
        Assert.All((await Register("status=Repealed")).Items, d => Assert.True(d.LeftForceOn < today));

        var drafts = await service.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Drafted || d.Status == DocumentStatus.OpenForComment).ToListAsync());
        Assert.Equal(3, drafts.Count(d => d.Status == DocumentStatus.Drafted));
        var open = drafts.Where(d => d.Status == DocumentStatus.OpenForComment).ToList();
        Assert.Equal(2, open.Count);
        Assert.All(open, d => Assert.InRange(today, d.Consultation!.OpensOn, d.Consultation.ClosesOn));
        Assert.All(await service.WithDbAsync(db => db.History.AsNoTracking().ToListAsync()), h => Assert.True(h.At <= now, $"{h.To} recorded at {h.At}, after the clock"));
    }
}
