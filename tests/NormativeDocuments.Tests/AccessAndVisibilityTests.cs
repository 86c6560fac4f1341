using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.Contracts.Reconsideration;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>What the public sees of a document's process information, and who the history says acted.</summary>
public sealed class AccessAndVisibilityTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    [Fact]
    public async Task DOC_2_the_draft_text_is_staff_only_until_its_comment_period_opens()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true, body: "第一条 征求意见稿正文。");
        using var otherUnit = service.CreateClientFor("unit-other", Roles.UnitStaff, Roles.UnitHead);
        foreach (var client in new[] { api.Public, otherUnit })
        {
            Assert.Null((await Read(client, draft.Id)).Body);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{draft.Id}/versions")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{draft.Id}/versions/1/compare/1")).StatusCode);
        }

        Assert.Equal("第一条 征求意见稿正文。", (await api.GetAsync(draft.Id)).Body);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(13) });
        Assert.Equal("第一条 征求意见稿正文。", (await Read(api.Public, draft.Id)).Body);
        Assert.Single((await api.Public.GetFromJsonAsync<List<VersionResponse>>($"/api/documents/{draft.Id}/versions", DocumentsApi.Json))!);
    }

    [Fact]
    public async Task DOC_2_dispositions_are_staff_only_until_the_document_is_published()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(13) });
        await api.Public.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { content = "建议增加听证程序。" });
        service.Advance(14);
        await api.PostAsync(draft.Id, "close-comment");
        var comment = Assert.Single((await api.Client.GetFromJsonAsync<List<CommentResponse>>($"/api/documents/{draft.Id}/comments", DocumentsApi.Json))!);
        await api.StepAsync(draft.Id, $"comments/{comment.Id}/disposition", new { disposition = "NotAdopted", reason = "与上位法规定不符。" });

        var seen = Assert.Single((await api.Public.GetFromJsonAsync<List<CommentResponse>>($"/api/documents/{draft.Id}/comments", DocumentsApi.Json))!);
        Assert.Equal(("建议增加听证程序。", null, null), (seen.Content, seen.Disposition, seen.DispositionReason));
        Assert.DoesNotContain("NotAdopted", await api.Public.GetStringAsync($"/api/documents/{draft.Id}/history"), StringComparison.Ordinal);
        Assert.Equal(CommentDisposition.NotAdopted, Assert.Single((await api.Client.GetFromJsonAsync<List<CommentResponse>>($"/api/documents/{draft.Id}/comments", DocumentsApi.Json))!).Disposition);

        await api.AdoptAsync(draft.Id);
        await api.StepAsync(draft.Id, "publish", new PublishRequest(service.Today, service.Today.AddYears(5).AddDays(-1)));
        seen = Assert.Single((await api.Public.GetFromJsonAsync<List<CommentResponse>>($"/api/documents/{draft.Id}/comments", DocumentsApi.Json))!);
        Assert.Equal((CommentDisposition.NotAdopted, "与上位法规定不符。"), (seen.Disposition, seen.DispositionReason));
    }

    [Fact]
    public async Task Everyone_process_information_is_staff_only_until_published()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), body: "第一条 内部起草稿。");
        await api.StepAsync(draft.Id, "legality-review/submission");
        await api.StepAsync(draft.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.Lawful));
        var minutes = api.Meeting(MeetingOutcome.Adopted) with
        {
            Positions = [new(1, "副局长 李明", false, Stance.Agrees), new(2, "副局长 张华", false, Stance.Disagrees, "建议暂缓"), new(3, "局长 王强", true, Stance.Agrees)],
            LegalOfficeHeadAttended = true,
        };
        await api.StepAsync(draft.Id, "collective-discussion", minutes);

        var seen = await Read(api.Public, draft.Id);
        Assert.Equal(DocumentStatus.Adopted, seen.Status);
        Assert.Null(seen.Body);
        Assert.Null(seen.LegalityReview);
        Assert.Equal((MeetingOutcome.Adopted, 0, ""), (seen.CollectiveDiscussion!.Outcome, seen.CollectiveDiscussion.Positions.Count, seen.CollectiveDiscussion.Minutes));
        Assert.DoesNotContain("经审核，同意。", await api.Public.GetStringAsync($"/api/documents/{draft.Id}/history"), StringComparison.Ordinal);

        var full = await api.GetAsync(draft.Id);
        Assert.Equal(("经审核，同意。", 3), (full.LegalityReview!.Opinion, full.CollectiveDiscussion!.Positions.Count));

        await api.StepAsync(draft.Id, "publish", new PublishRequest(service.Today, service.Today.AddYears(5).AddDays(-1)));
        seen = await Read(api.Public, draft.Id);
        Assert.Equal(("第一条 内部起草稿。", 3, Stance.Disagrees), (seen.Body, seen.CollectiveDiscussion!.Positions.Count, seen.CollectiveDiscussion.Positions[1].Stance));
        Assert.Null(seen.LegalityReview);
    }

    [Fact]
    public async Task DOC_13_objections_and_their_answers_appear_in_the_document_s_history_with_their_actor()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var published = await api.PublishedAsync(unit);
        using var citizen = service.CreateClient().ActingAsCitizen("李某");
        var objection = (await (await citizen.PostAsJsonAsync($"/api/documents/{published.Id}/objections", new { objector = "冒名", content = "第二条缺乏法律依据。" }))
            .Content.ReadFromJsonAsync<ObjectionResponse>(DocumentsApi.Json))!;
        Assert.Equal("李某", objection.Objector); // a signed-in objector signs with their own name
        var anonymous = (await (await api.Public.PostAsJsonAsync($"/api/documents/{published.Id}/objections", new { content = "第三条表述不清。" }))
            .Content.ReadFromJsonAsync<ObjectionResponse>(DocumentsApi.Json))!;
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsJsonAsync($"/api/documents/objections/{objection.Id}/answer", new { upheld = false, answer = "该条有上位法依据。" })).StatusCode);

        var history = (await api.Public.GetFromJsonAsync<List<HistoryItem>>($"/api/documents/{published.Id}/history", DocumentsApi.Json))!;
        Assert.Contains(history, h => h.Actor == "test-李某" && h.Reason == $"objection {objection.Id} received");
        Assert.Contains(history, h => h.Actor == "anonymous" && h.Reason == $"objection {anonymous.Id} received");
        Assert.Contains(history, h => h.Actor == $"test-{unit}" && h.Reason == $"objection {objection.Id} answered: rejected");
    }

    [Fact]
    public async Task DOC_2_comments_appear_in_the_history_with_their_actor()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(13) });
        var comment = (await (await api.Public.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { author = "王某", content = "建议一" }))
            .Content.ReadFromJsonAsync<CommentResponse>(DocumentsApi.Json))!;

        var history = (await api.Public.GetFromJsonAsync<List<HistoryItem>>($"/api/documents/{draft.Id}/history", DocumentsApi.Json))!;
        Assert.Contains(history, h => h.Actor == "anonymous" && h.Reason == $"comment {comment.Id} received");
    }

    [Fact]
    public async Task DOC_8_a_cleanup_campaign_is_public_once_its_results_are_published()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var kept = await api.PublishedAsync(unit);
        api.ActFor(DocumentsApi.SupervisingOffice);
        var campaign = (await (await api.Client.PostAsJsonAsync("/api/documents/cleanup-campaigns", new { name = "2026年度规范性文件清理", unitId = unit }))
            .Content.ReadFromJsonAsync<CleanupResponse>(DocumentsApi.Json))!;
        var url = $"/api/documents/cleanup-campaigns/{campaign.Id}";
        await api.Client.PostAsJsonAsync($"{url}/items/{kept.Id}", new { result = "Retain" });
        Assert.Equal(HttpStatusCode.NotFound, (await api.Public.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync(url)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"{url}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Public.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task DOC_10_the_filing_review_s_outcome_is_public_its_checklist_and_opinion_are_not()
    {
        using var api = new DocumentsApi(service);
        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        await api.StepAsync(published.Id, "filing");
        await api.StepAsync(published.Id, "filing-review", new FilingReviewRequest(new(false, false, true), ReviewOutcome.CorrectionRequired, "存在地方保护内容，责令纠正。"));

        var review = (await Read(api.Public, published.Id)).FilingReview!;
        Assert.Equal((ReviewOutcome.CorrectionRequired, null, null), (review.Outcome, review.Opinion, review.Checklist));
        Assert.Equal("存在地方保护内容，责令纠正。", (await api.GetAsync(published.Id)).FilingReview!.Opinion);
    }

    [Fact]
    public async Task DOC_14_the_issuing_unit_s_answer_is_public_once_the_incidental_review_is_decided()
    {
        using var api = new DocumentsApi(service);
        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        var caseId = Guid.NewGuid();
        await service.Services.EventBus().Publish(new IncidentalReviewRequested
        {
            OccurredAt = DateTimeOffset.UtcNow, UnitId = published.UnitId, RecordId = caseId,
            DocumentNumber = published.Number!, Clauses = ["第一条"], Grounds = "该条增加了法律规定以外的义务。", ReceivedOn = service.Today,
        });
        var url = $"/api/documents/incidental-reviews?caseId={caseId}";
        var review = (await Eventually.Until(() => api.Client.GetFromJsonAsync<List<IncidentalReviewResponse>>(url, DocumentsApi.Json), list => list!.Count == 1, "the review is opened"))![0];
        await api.Client.PostAsync($"/api/documents/incidental-reviews/{review.Id}/issuer-request", null);
        await api.Client.PostAsJsonAsync($"/api/documents/incidental-reviews/{review.Id}/issuer-answer", new { text = "该条有上位法依据。" });

        Assert.Null(Assert.Single((await api.Public.GetFromJsonAsync<List<IncidentalReviewResponse>>(url, DocumentsApi.Json))!).IssuerAnswer);
        Assert.Equal("该条有上位法依据。", Assert.Single((await api.Client.GetFromJsonAsync<List<IncidentalReviewResponse>>(url, DocumentsApi.Json))!).IssuerAnswer);

        await api.Client.PostAsJsonAsync($"/api/documents/incidental-reviews/{review.Id}/conclusion", new { unlawfulClauses = Array.Empty<string>(), reasoning = "该条有上位法依据。" });
        var decided = Assert.Single((await api.Public.GetFromJsonAsync<List<IncidentalReviewResponse>>(url, DocumentsApi.Json))!);
        Assert.Equal((IncidentalReviewStatus.Concluded, "该条有上位法依据。"), (decided.Status, decided.IssuerAnswer));
    }

    private static async Task<DocumentResponse> Read(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<DocumentResponse>($"/api/documents/{id}", DocumentsApi.Json))!;
}
