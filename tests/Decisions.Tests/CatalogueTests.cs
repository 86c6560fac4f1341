using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

public sealed class CatalogueTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_1_a_catalogue_is_published_only_with_the_party_committee_approval_and_is_then_public()
    {
        using var api = new DecisionsApi(service);
        var unit = DecisionsApi.NewUnit();
        var catalogue = await api.CatalogueAsync(unit, "老旧小区改造三年行动方案", "停车收费标准调整方案");

        await Problems.AssertRefusedAsync(await api.PublishCatalogueAsync(catalogue.Id, new PublishCatalogueRequest(null, null, null)), "DEC-1");
        await Problems.AssertRefusedAsync(await api.PublishCatalogueAsync(catalogue.Id, new PublishCatalogueRequest("中共南城区委员会", null, service.Today)), "DEC-1");
        var published = await DecisionsApi.ReadAsync<CatalogueResponse>(await api.PublishCatalogueAsync(catalogue.Id, DecisionsApi.Approval));

        Assert.Equal((CatalogueStatus.Published, "区委常委会议纪要〔2026〕3号"), (published.Status, published.Approval!.Reference));
        var listed = await api.Client.GetFromJsonAsync<Page<CatalogueResponse>>($"/api/decisions/catalogues?unitId={unit}&status=Published", DecisionsApi.Json);
        Assert.Equal([catalogue.Id], listed!.Items.Select(c => c.Id));
        Assert.Equal(2, listed.Items[0].Items.Count);
    }

    [Fact]
    public async Task DEC_1_a_procedure_starts_only_from_an_item_of_a_published_catalogue_and_names_its_lead_unit()
    {
        using var api = new DecisionsApi(service);
        var unit = DecisionsApi.NewUnit();
        var draft = await api.CatalogueAsync(unit, "老旧小区改造三年行动方案");
        var item = draft.Items[0];

        await Problems.AssertRefusedAsync(await api.TryOpenAsync(draft.Id, item.Id), "DEC-1");
        await DecisionsApi.ReadAsync<CatalogueResponse>(await api.PublishCatalogueAsync(draft.Id, DecisionsApi.Approval));
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(draft.Id, Guid.NewGuid()), "DEC-1");
        Assert.Equal(HttpStatusCode.NotFound, (await api.TryOpenAsync(Guid.NewGuid(), item.Id)).StatusCode); // as another unit's catalogue would

        var opened = await DecisionsApi.ReadAsync<DecisionResponse>(await api.TryOpenAsync(draft.Id, item.Id), HttpStatusCode.Created);
        Assert.Equal((unit, "lead-" + unit, item.Id, DecisionStatus.Drafting), (opened.UnitId, opened.LeadUnitId, opened.CatalogueItemId, opened.Status));
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(draft.Id, item.Id), "DEC-1");
    }

    [Fact]
    public async Task DEC_1_an_item_added_after_publication_is_recorded_as_such_with_its_reason()
    {
        using var api = new DecisionsApi(service);
        var catalogue = await api.PublishedCatalogueAsync();

        await Problems.AssertRefusedAsync(
            await api.Client.PostAsJsonAsync($"/api/decisions/catalogues/{catalogue.Id}/items", new AddCatalogueItemRequest("学校布局调整规划", null, "district-education")), "DEC-1");
        var added = await DecisionsApi.ReadAsync<CatalogueResponse>(await api.Client.PostAsJsonAsync(
            $"/api/decisions/catalogues/{catalogue.Id}/items", new AddCatalogueItemRequest("学校布局调整规划", null, "district-education", "区委全会新增部署")));

        Assert.False(added.Items[0].AddedAfterPublication);
        var late = Assert.Single(added.Items, i => i.Title == "学校布局调整规划");
        Assert.Equal((true, "区委全会新增部署"), (late.AddedAfterPublication, late.AdditionReason));
        Assert.Equal(HttpStatusCode.Created, (await api.TryOpenAsync(catalogue.Id, late.Id)).StatusCode);
    }

    [Fact]
    public async Task A_unit_keeps_one_catalogue_a_year_and_bad_input_gets_field_errors()
    {
        using var api = new DecisionsApi(service);
        var unit = DecisionsApi.NewUnit();
        await api.CatalogueAsync(unit);
        Assert.Equal(HttpStatusCode.Conflict, (await api.Client.PostAsJsonAsync("/api/decisions/catalogues", new CreateCatalogueRequest(unit, 2026))).StatusCode);
        await Problems.AssertFieldErrorsAsync(await api.Client.PostAsJsonAsync("/api/decisions/catalogues", new { unitId = "", year = 1800 }), "unitId", "year");
        await Problems.AssertFieldErrorsAsync(await api.Client.PostAsJsonAsync("/api/decisions", new { catalogueId = Guid.Empty, title = "" }), "catalogueId", "title", "draft");
    }
}
