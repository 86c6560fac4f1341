using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>Retried creating requests create nothing new, a key is its caller's own; input no field accepts answers 400.</summary>
public sealed class IdempotencyAndInputTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    private static DraftDocumentRequest Draft(string unitId, string title = "关于规范市场监管执法的通知") =>
        new(unitId, "市场监管", title, "第一条 为规范执法行为，制定本通知。", false, false, false);

    [Fact]
    public async Task Everyone_idempotency_key_is_scoped_to_its_caller()
    {
        using var justice = new DocumentsApi(service);
        using var market = new DocumentsApi(service);
        var justiceUnit = await justice.RegisterUnitAsync();
        var marketUnit = await market.RegisterUnitAsync();
        var key = Guid.NewGuid().ToString();

        var justiceDraft = await justice.Client.PostAsync("/api/documents", Draft(justiceUnit), key, DocumentsApi.Json);
        var marketDraft = await market.Client.PostAsync("/api/documents", Draft(marketUnit), key, DocumentsApi.Json);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (justiceDraft.StatusCode, marketDraft.StatusCode));
        Assert.False(IdempotentRequests.IsReplayed(marketDraft), "market was answered with justice's draft");
        Assert.Equal(marketUnit, (await DocumentsApi.ReadAsync(marketDraft, HttpStatusCode.Created)).UnitId);
        Assert.Equal(1, await service.WithDbAsync(db => db.Documents.CountAsync(d => d.UnitId == marketUnit)));
    }

    [Fact]
    public async Task Everyone_same_idempotency_key_with_a_different_body_answers_422()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var key = Guid.NewGuid().ToString();

        Assert.Equal(HttpStatusCode.Created, (await api.Client.PostAsync("/api/documents", Draft(unit), key, DocumentsApi.Json)).StatusCode);
        var other = await api.Client.PostAsync("/api/documents", Draft(unit, "另一份通知"), key, DocumentsApi.Json);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(1, await service.WithDbAsync(db => db.Documents.CountAsync(d => d.UnitId == unit)));
    }

    [Fact]
    public async Task Everyone_retried_comment_and_objection_with_the_same_Idempotency_Key_create_one_each()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var draft = await api.DraftAsync(unit);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(29) });
        var comment = new SubmitCommentRequest(null, "建议增加听证程序。");
        var key = Guid.NewGuid().ToString();

        IdempotentRequests.AssertRetryReplayed(
            await api.Public.PostAsync($"/api/documents/{draft.Id}/comments", comment, key),
            await api.Public.PostAsync($"/api/documents/{draft.Id}/comments", comment, key));
        Assert.Single((await api.Client.GetFromJsonAsync<List<CommentResponse>>($"/api/documents/{draft.Id}/comments", DocumentsApi.Json))!);

        var published = await api.PublishedAsync(unit, title: "关于规范市场监管检查的通知");
        var objection = new SubmitObjectionRequest("王某", "第二条增加了企业义务，缺乏法律依据。");
        IdempotentRequests.AssertRetryReplayed(
            await api.Public.PostAsync($"/api/documents/{published.Id}/objections", objection, key),
            await api.Public.PostAsync($"/api/documents/{published.Id}/objections", objection, key));
        Assert.Single((await api.Client.GetFromJsonAsync<List<ObjectionResponse>>($"/api/documents/{published.Id}/objections", DocumentsApi.Json))!);
    }

    [Fact]
    public async Task Everyone_NUL_in_a_title_a_comment_or_a_query_and_a_date_in_the_year_9999_answer_400_naming_the_field()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        await Problems.AssertFieldErrorsAsync(await api.Client.PostAsJsonAsync("/api/documents", Draft(unit, "通知\0"), DocumentsApi.Json), "title");
        var draft = await api.DraftAsync(unit);
        await Problems.AssertFieldErrorsAsync(await api.PostAsync(draft.Id, "comment-period", new { opensOn = "9995-01-01", closesOn = "9999-12-31" }), "opensOn", "closesOn");
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(29) });
        await Problems.AssertFieldErrorsAsync(await api.Public.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { content = "建议\0" }), "content");
        await Problems.AssertFieldErrorsAsync(await api.Public.GetAsync("/api/documents?number=%00"), "number");
        Assert.Empty((await api.Client.GetFromJsonAsync<List<CommentResponse>>($"/api/documents/{draft.Id}/comments", DocumentsApi.Json))!);
    }
}
