using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed class OversightTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    private static readonly FilingReviewChecklist Clean = new(false, false, false);

    [Fact]
    public async Task DOC_10_the_review_opens_with_filing_answers_its_checklist_and_a_violation_cannot_pass()
    {
        using var api = new DocumentsApi(service);
        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(published.Id, "filing-review", new FilingReviewRequest(Clean, ReviewOutcome.Passed, "同意")), "DOC-10");

        await api.StepAsync(published.Id, "filing");
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(published.Id, "filing-review", new FilingReviewRequest(new(false, null, false), ReviewOutcome.Passed, "同意")), "DOC-10");
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(published.Id, "filing-review", new FilingReviewRequest(new(false, false, true), ReviewOutcome.Passed, "同意")), "DOC-10");
        var corrected = await api.StepAsync(published.Id, "filing-review", new FilingReviewRequest(new(false, false, true), ReviewOutcome.CorrectionRequired, "存在地方保护内容，责令纠正。"));
        Assert.Equal(ReviewOutcome.CorrectionRequired, corrected.FilingReview!.Outcome);
    }

    [Fact]
    public async Task DOC_10_only_a_review_requesting_revocation_revokes_and_the_document_leaves_force()
    {
        using var api = new DocumentsApi(service);
        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        await api.StepAsync(published.Id, "filing");
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(published.Id, "revoke", new { text = "撤销" }), "DOC-10");

        await api.StepAsync(published.Id, "filing-review", new FilingReviewRequest(new(true, false, false), ReviewOutcome.RevocationRequested, "违法增加义务。"));
        var revoked = await api.StepAsync(published.Id, "revoke", new { text = "经备案审查予以撤销" });
        Assert.Equal(DocumentStatus.Revoked, revoked.Status);
        Assert.False(revoked.InForce);
    }

    [Fact]
    public async Task DOC_11_the_list_of_documents_that_passed_review_is_public()
    {
        using var api = new DocumentsApi(service);
        var passed = await api.PublishedAsync(await api.RegisterUnitAsync());
        await api.StepAsync(passed.Id, "filing");
        await api.StepAsync(passed.Id, "filing-review", new FilingReviewRequest(Clean, ReviewOutcome.Passed, "审查通过。"));
        var corrected = await api.PublishedAsync(await api.RegisterUnitAsync());
        await api.StepAsync(corrected.Id, "filing");
        await api.StepAsync(corrected.Id, "filing-review", new FilingReviewRequest(new(true, false, false), ReviewOutcome.CorrectionRequired, "需纠正。"));

        var list = await api.Client.GetFromJsonAsync<Page<PassedReviewItem>>($"/api/documents/filing-reviews/passed?from={service.Today:yyyy-MM-dd}&to={service.Today:yyyy-MM-dd}&pageSize=100", DocumentsApi.Json);
        Assert.Contains(list!.Items, i => i.Id == passed.Id && i.Number == passed.Number);
        Assert.DoesNotContain(list.Items, i => i.Id == corrected.Id);
    }

    [Fact]
    public async Task DOC_11_a_period_that_ends_before_it_starts_is_400_naming_to()
    {
        using var api = new DocumentsApi(service);
        var path = "/api/documents/filing-reviews/passed";
        await Problems.AssertFieldErrorsAsync(await api.Public.GetAsync($"{path}?from={service.Today:yyyy-MM-dd}&to={service.Today.AddDays(-1):yyyy-MM-dd}"), "to");
        Assert.Equal(HttpStatusCode.OK, (await api.Public.GetAsync($"{path}?from={service.Today:yyyy-MM-dd}&to={service.Today:yyyy-MM-dd}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Public.GetAsync($"{path}?to={service.Today.AddDays(-1):yyyy-MM-dd}")).StatusCode);
    }

    [Fact]
    public async Task DOC_13_anyone_objects_and_the_published_answer_when_upheld_opens_a_review()
    {
        using var api = new DocumentsApi(service);
        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        var submitted = await api.Public.PostAsJsonAsync($"/api/documents/{published.Id}/objections", new { content = "第二条增加了企业义务，缺乏法律依据。" });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var objection = (await submitted.Content.ReadFromJsonAsync<ObjectionResponse>(DocumentsApi.Json))!;
        Assert.Null(objection.Objector);
        Assert.True(objection.AnswerDueOn >= service.Today.AddDays(30), $"answer due {objection.AnswerDueOn}");

        var answered = await api.Client.PostAsJsonAsync($"/api/documents/objections/{objection.Id}/answer", new { upheld = true, answer = "异议成立，启动审查。" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var again = await api.Client.PostAsJsonAsync($"/api/documents/objections/{objection.Id}/answer", new { upheld = false, answer = "重复答复" });
        await DocumentsApi.AssertRefusedAsync(again, "DOC-13");

        var listed = await api.Client.GetFromJsonAsync<List<ObjectionResponse>>($"/api/documents/{published.Id}/objections", DocumentsApi.Json);
        Assert.Equal("异议成立，启动审查。", Assert.Single(listed!).Answer);
        var document = await api.GetAsync(published.Id);
        Assert.NotNull(document.FilingReview);
        Assert.Null(document.FilingReview!.Outcome);
        Assert.StartsWith("objection", document.FilingReview.OpenedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DOC_13_an_unpublished_draft_cannot_be_objected_to_and_an_unanswered_objection_goes_overdue()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "objections", new { content = "反对" }), "DOC-13");

        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        var objection = (await (await api.PostAsync(published.Id, "objections", new { objector = "王某", content = "请求审查第三条。" })).Content.ReadFromJsonAsync<ObjectionResponse>(DocumentsApi.Json))!;
        service.Advance(40);
        await RuleOfLaw.Testing.Eventually.Until(
            () => service.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
                db.Clocks, c => c.RecordId == objection.Id && c.Status == RuleOfLaw.BuildingBlocks.Clocks.ClockStatus.Elapsed)),
            count => count == 1,
            "the objection's answer clock elapsed");
    }
}
