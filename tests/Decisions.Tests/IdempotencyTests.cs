using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>A retried creating request creates nothing new; a key is its caller's own and stands for one request.</summary>
public sealed class IdempotencyTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    private static OpenDecisionRequest Open(CatalogueResponse catalogue, string title = "老旧小区改造三年行动方案") =>
        new(catalogue.Id, catalogue.Items[0].Id, title, "第一条 为改善居民居住条件，制定本方案。", false, false, false, false);

    [Fact]
    public async Task Everyone_idempotency_key_is_scoped_to_its_caller()
    {
        using var justice = new DecisionsApi(service);
        using var market = new DecisionsApi(service);
        var justiceCatalogue = await justice.PublishedCatalogueAsync(DecisionsApi.NewUnit("justice"));
        var marketUnit = DecisionsApi.NewUnit("market");
        var marketCatalogue = await market.PublishedCatalogueAsync(marketUnit);
        var key = Guid.NewGuid().ToString();

        var justiceDraft = await justice.Client.PostAsync("/api/decisions", Open(justiceCatalogue), key, DecisionsApi.Json);
        var marketDraft = await market.Client.PostAsync("/api/decisions", Open(marketCatalogue), key, DecisionsApi.Json);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (justiceDraft.StatusCode, marketDraft.StatusCode));
        Assert.False(IdempotentRequests.IsReplayed(marketDraft), "market was answered with justice's draft");
        Assert.NotEqual(justiceDraft.Headers.Location, marketDraft.Headers.Location);
        Assert.Equal(marketUnit, (await DecisionsApi.ReadAsync<DecisionResponse>(marketDraft, HttpStatusCode.Created)).UnitId);
        Assert.Equal(1, await service.WithDbAsync(db => db.Decisions.CountAsync(d => d.UnitId == marketUnit)));

        // Each caller's own retry is still answered with its own first result.
        IdempotentRequests.AssertRetryReplayed(marketDraft, await market.Client.PostAsync("/api/decisions", Open(marketCatalogue), key, DecisionsApi.Json));
    }

    [Fact]
    public async Task Everyone_same_idempotency_key_with_a_different_body_answers_422()
    {
        using var api = new DecisionsApi(service);
        var unit = DecisionsApi.NewUnit();
        var catalogue = await api.PublishedCatalogueAsync(unit);
        var key = Guid.NewGuid().ToString();

        var first = await api.Client.PostAsync("/api/decisions", Open(catalogue), key, DecisionsApi.Json);
        var other = await api.Client.PostAsync("/api/decisions", Open(catalogue, "另一个方案"), key, DecisionsApi.Json);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await service.WithDbAsync(db => db.Decisions.CountAsync(d => d.UnitId == unit)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("市民 李华")]
    public async Task Everyone_retried_comment_with_the_same_Idempotency_Key_creates_one_comment(string? citizen)
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        await api.OpenCommentAsync(decision.Id);
        using var client = citizen is null ? service.CreateAnonymousClient() : service.CreateClient().ActingAsCitizen(citizen);
        var comment = new SubmitCommentRequest(null, "建议增加加装电梯的补贴标准。");
        var key = Guid.NewGuid().ToString();

        var first = await client.PostAsync($"/api/decisions/{decision.Id}/comments", comment, key);
        var retry = await client.PostAsync($"/api/decisions/{decision.Id}/comments", comment, key);

        IdempotentRequests.AssertRetryReplayed(first, retry);
        Assert.Single(await api.CommentsAsync(decision.Id));
    }

    [Fact]
    public async Task Everyone_retried_accountability_record_with_the_same_Idempotency_Key_creates_one_record()
    {
        using var api = new DecisionsApi(service);
        var unit = DecisionsApi.NewUnit();
        var request = new AccountabilityRequest(
            AccountabilityGround.OutsideProcedure, null, unit, "未经集体讨论实施片区征收。", "违反程序。", [new ResponsiblePersonRequest("某局长", "主要负责人")]);
        var key = Guid.NewGuid().ToString();

        var first = await api.Supervisor.PostAsync("/api/decisions/accountability", request, key, DecisionsApi.Json);
        var retry = await api.Supervisor.PostAsync("/api/decisions/accountability", request, key, DecisionsApi.Json);

        IdempotentRequests.AssertRetryReplayed(first, retry);
        var listed = await api.Client.GetFromJsonAsync<BuildingBlocks.Hosting.Page<AccountabilityResponse>>($"/api/decisions/accountability?unitId={unit}", DecisionsApi.Json);
        Assert.Single(listed!.Items);
    }
}
