using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Decisions.Features;

namespace RuleOfLaw.Decisions.Tests;

public sealed class CorrelationTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task The_correlation_id_of_a_request_is_answered_and_carried_into_the_events_it_causes()
    {
        using var api = new DecisionsApi(service);
        var catalogue = await api.CatalogueAsync(DecisionsApi.NewUnit(), "方案");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/decisions/catalogues/{catalogue.Id}/publish") { Content = JsonContent.Create(DecisionsApi.Approval) };
        request.Headers.Add("X-Correlation-Id", "portal-7f3a-0001");
        var response = await api.Client.SendAsync(request);

        Assert.Equal("portal-7f3a-0001", response.Headers.GetValues("X-Correlation-Id").Single());
        var rows = await service.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MessageType.EndsWith("DecisionCataloguePublished")).ToListAsync());
        Assert.Contains(rows, r => r.Body.Contains(catalogue.Id.ToString(), StringComparison.Ordinal) && r.Body.Contains("\"correlationId\": \"portal-7f3a-0001\"", StringComparison.Ordinal));

        using var insane = new HttpRequestMessage(HttpMethod.Get, "/api/decisions/catalogues");
        insane.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>alert(1)</script>");
        var replaced = (await api.Client.SendAsync(insane)).Headers.GetValues("X-Correlation-Id").Single();
        Assert.Matches("^[0-9a-f]{32}$", replaced);
    }
}
