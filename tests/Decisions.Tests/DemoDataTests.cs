using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>The decisions service with its demo data switched on.</summary>
public sealed class DemoDecisionsFactory : ServiceFactory<DecisionsDbContext>
{
    public DemoDecisionsFactory()
        : base(DecisionsService.Identity) => Settings["DemoData:Enabled"] = "true";
}

public sealed class DemoDataTests(DemoDecisionsFactory service) : IClassFixture<DemoDecisionsFactory>
{
    [Fact]
    public async Task Demo_data_shows_the_district_catalogue_and_decisions_at_each_stage_in_chinese()
    {
        using var client = service.CreateClient();
        var catalogues = await client.GetFromJsonAsync<Page<CatalogueResponse>>("/api/decisions/catalogues?unitId=district-government", DecisionsApi.Json);
        var catalogue = Assert.Single(catalogues!.Items);
        Assert.Equal((CatalogueStatus.Published, 3), (catalogue.Status, catalogue.Items.Count));

        var decisions = await client.GetFromJsonAsync<Page<DecisionSummary>>("/api/decisions?unitId=district-government", DecisionsApi.Json);
        Assert.Equal(
            [DecisionStatus.Drafting, DecisionStatus.OpenForComment, DecisionStatus.Published],
            decisions!.Items.Select(d => d.Status).Order());
        var published = decisions.Items.Single(d => d.Status == DecisionStatus.Published);
        Assert.StartsWith("南城区", published.Title, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/decisions/{published.Id}/archive")).StatusCode);
        Assert.True((await client.GetFromJsonAsync<List<BuildingBlocks.History.HistoryItem>>($"/api/decisions/{published.Id}/history", DecisionsApi.Json))!.Count >= 10);
    }
}
