using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed class PublicCommentTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    [Fact]
    public async Task DOC_2_a_draft_affecting_rights_is_open_at_least_7_working_days()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true);
        var today = service.Today;
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7); // Monday to Friday is 5 working days
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "comment-period", new { opensOn = monday, closesOn = monday.AddDays(4) }), "DOC-2");
        var opened = await api.StepAsync(draft.Id, "comment-period", new { opensOn = monday, closesOn = monday.AddDays(8) }); // 7 working days
        Assert.Equal(DocumentStatus.OpenForComment, opened.Status);
    }

    [Fact]
    public async Task DOC_2_a_market_related_draft_is_open_at_least_30_days()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true, market: true);
        var today = service.Today;
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "comment-period", new { opensOn = today, closesOn = today.AddDays(28) }), "DOC-2");
        Assert.Equal(DocumentStatus.OpenForComment, (await api.StepAsync(draft.Id, "comment-period", new { opensOn = today, closesOn = today.AddDays(29) })).Status);
    }

    [Fact]
    public async Task DOC_2_a_draft_affecting_rights_cannot_skip_public_comment()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true);
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "legality-review/submission"), "DOC-2");
    }

    [Fact]
    public async Task DOC_2_anyone_comments_while_open_and_no_comment_is_accepted_after_close()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(13) }); // two weeks: 10 working days

        Assert.Equal(HttpStatusCode.Created, (await api.Public.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { content = "建议增加听证程序。" })).StatusCode);
        using var citizen = service.CreateClient().ActingAsCitizen("李某");
        Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { author = "冒名", content = "第三条表述不清。" })).StatusCode);

        service.Advance(14); // the day after the last day
        await DocumentsApi.AssertRefusedAsync(await api.Public.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { content = "迟到的意见" }), "DOC-2");
        var comments = await api.Client.GetFromJsonAsync<List<CommentResponse>>($"/api/documents/{draft.Id}/comments", DocumentsApi.Json);
        Assert.Equal(2, comments!.Count);
        Assert.Contains(comments, c => c.Author is null);
        Assert.Contains(comments, c => c.Author == "李某"); // a signed-in citizen signs with their own name, not one the client sends
    }

    [Fact]
    public async Task DOC_2_the_period_closes_by_itself_the_day_after_its_last_day()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(13) }); // two weeks: 10 working days
        service.Advance(14);
        var closed = await RuleOfLaw.Testing.Eventually.Until(() => api.GetAsync(draft.Id), d => d.Status == DocumentStatus.CommentClosed, "the comment period closed");
        Assert.Equal(DocumentStatus.CommentClosed, closed.Status);
    }

    [Fact]
    public async Task DOC_2_the_procedure_cannot_move_on_while_a_comment_lacks_a_disposition()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(13) }); // two weeks: 10 working days
        await api.PostAsync(draft.Id, "comments", new { content = "建议一" });
        await api.PostAsync(draft.Id, "comments", new { content = "建议二" });
        service.Advance(14);
        await api.PostAsync(draft.Id, "close-comment");
        var comments = (await api.Client.GetFromJsonAsync<List<CommentResponse>>($"/api/documents/{draft.Id}/comments", DocumentsApi.Json))!;

        await api.StepAsync(draft.Id, $"comments/{comments[0].Id}/disposition", new { disposition = "Adopted" });
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "legality-review/submission"), "DOC-2");

        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, $"comments/{comments[1].Id}/disposition", new { disposition = "NotAdopted" }), "DOC-2"); // a reason is required
        await api.StepAsync(draft.Id, $"comments/{comments[1].Id}/disposition", new { disposition = "NotAdopted", reason = "与上位法规定不符。" });
        Assert.Equal(DocumentStatus.UnderLegalityReview, (await api.StepAsync(draft.Id, "legality-review/submission")).Status);
    }

    [Fact]
    public async Task DOC_2_a_market_related_draft_needs_published_feedback_and_a_fair_competition_review()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true, market: true);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(29) });
        service.Advance(30);
        await api.PostAsync(draft.Id, "close-comment");

        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "legality-review/submission"), "DOC-2");
        await api.StepAsync(draft.Id, "comment-feedback", new { text = "未收到意见。" });
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "legality-review/submission"), "DOC-2");
        await api.StepAsync(draft.Id, "fair-competition-review", new { conclusion = "未发现排除、限制竞争内容。" });
        Assert.Equal(DocumentStatus.UnderLegalityReview, (await api.StepAsync(draft.Id, "legality-review/submission")).Status);
    }
}
