using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>The unit's documents in progress with their running clocks, the staff console's documents queue.</summary>
public sealed class WorkListTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    private const string Url = "/api/documents/in-progress?pageSize=100";

    [Fact]
    public async Task DOC_3_DOC_9_the_unit_sees_its_unpublished_and_unfiled_documents_with_their_running_clocks()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var drafted = await api.DraftAsync(unit, title: "关于起草中的通知");
        var inReview = await api.DraftAsync(unit, title: "关于审核中的通知");
        await api.StepAsync(inReview.Id, "legality-review/submission");
        var published = await api.PublishedAsync(unit, title: "关于待备案的通知");
        var filed = await api.PublishedAsync(unit, title: "关于已备案的通知");
        await api.StepAsync(filed.Id, "filing");

        var list = await ListAsync(api.Client);
        Assert.Equal([drafted.Id, inReview.Id, published.Id], list.Select(d => d.Id));
        Assert.Equal(
            [(DocumentStatus.Drafted, ""), (DocumentStatus.UnderLegalityReview, "DOC-3"), (DocumentStatus.Published, "DOC-9")],
            list.Select(d => (d.Status, string.Join(",", d.Deadlines.Select(k => k.RuleId)))));
        var review = Assert.Single(list[1].Deadlines);
        Assert.Equal((DocumentClocks.LegalityReview, ClockStatus.Running), (review.Kind, review.Status));
        Assert.True(review.DueDate > service.Today);
        var filing = Assert.Single(list[2].Deadlines);
        Assert.Equal((DocumentClocks.Filing, ClockStatus.Running), (filing.Kind, filing.Status));
        Assert.Equal(published.Number, list[2].Number);

        // The legal office of the unit sees its work too.
        using var ownOffice = service.CreateClientFor(unit, Roles.LegalOffice);
        Assert.Equal(3, (await ListAsync(ownOffice)).Count);
    }

    [Fact]
    public async Task Another_unit_does_not_see_the_documents_and_the_public_is_refused()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var draft = await api.DraftAsync(unit);

        using var otherUnit = service.CreateClientFor("unit-" + Guid.NewGuid().ToString("N")[..10], Roles.UnitStaff, Roles.UnitHead);
        Assert.DoesNotContain(await ListAsync(otherUnit), d => d.Id == draft.Id);
        using var otherOffice = service.CreateClientFor("unit-" + Guid.NewGuid().ToString("N")[..10], Roles.LegalOffice);
        Assert.DoesNotContain(await ListAsync(otherOffice), d => d.Id == draft.Id);
        using var citizen = service.CreateClient().ActingAsCitizen("李某");
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Public.GetAsync(Url)).StatusCode);
    }

    private static async Task<List<InProgressItem>> ListAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<Page<InProgressItem>>(Url, DocumentsApi.Json))!.Items];
}
