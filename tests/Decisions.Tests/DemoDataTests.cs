using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

public sealed class DemoDataTests
{
    [Theory]
    [MemberData(nameof(DemoData.Clocks), MemberType = typeof(DemoData))]
    public async Task Everyone_demo_decisions_show_each_stage_on_any_day(string clock)
    {
        await using var service = await DemoData.StartAsync<DecisionsDbContext>(DecisionsService.Names, clock);
        var today = StatutoryTime.Today(service.Time!);
        using var client = service.CreateClient();

        var catalogues = await client.GetFromJsonAsync<Page<CatalogueResponse>>("/api/decisions/catalogues?unitId=district-government", DecisionsApi.Json);
        Assert.Equal([today.Year - 1, today.Year], catalogues!.Items.Select(c => c.Year).Order());
        Assert.All(catalogues.Items, c => Assert.Equal(CatalogueStatus.Published, c.Status));
        Assert.All(catalogues.Items, c => Assert.True(c.PublishedOn <= today, $"catalogue {c.Year} published {c.PublishedOn}, after {today}"));

        var decisions = await client.GetFromJsonAsync<Page<DecisionSummary>>("/api/decisions?unitId=district-government", DecisionsApi.Json);
        Assert.Equal(
            [DecisionStatus.Drafting, DecisionStatus.OpenForComment, DecisionStatus.Published],
            decisions!.Items.Select(d => d.Status).Order());
        Assert.All(decisions.Items, d => Assert.True(d.OpenedAt <= service.Time!.GetUtcNow(), $"{d.Title} opened at {d.OpenedAt}, after the clock"));

        var published = decisions.Items.Single(d => d.Status == DecisionStatus.Published);
        Assert.StartsWith("南城区", published.Title, StringComparison.Ordinal);
        Assert.Equal(today.Year - 1, published.PublishedOn!.Value.Year);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/decisions/{published.Id}/archive")).StatusCode);
        var history = await client.GetFromJsonAsync<List<BuildingBlocks.History.HistoryItem>>($"/api/decisions/{published.Id}/history", DecisionsApi.Json);
        Assert.True(history!.Count >= 10);
        Assert.All(history, h => Assert.True(h.At <= service.Time!.GetUtcNow(), $"{h.To} recorded at {h.At}, after the clock"));

        var open = await client.GetFromJsonAsync<DecisionResponse>($"/api/decisions/{decisions.Items.Single(d => d.Status == DecisionStatus.OpenForComment).Id}", DecisionsApi.Json);
        Assert.InRange(today, open!.Consultation!.OpensOn, open.Consultation.ClosesOn);
    }
}
