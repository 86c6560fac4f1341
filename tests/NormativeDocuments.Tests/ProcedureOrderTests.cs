using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>Dates a client gives fit the procedure's order, and a draft corrected after review can always go on.</summary>
public sealed class ProcedureOrderTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    [Fact]
    public async Task DOC_4_a_collective_discussion_is_dated_no_earlier_than_the_review_and_not_in_the_future()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        await api.StepAsync(draft.Id, "legality-review/submission");
        service.Advance(3);
        await api.StepAsync(draft.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.Lawful));
        var meeting = api.Meeting(MeetingOutcome.Adopted);

        var before = await Problems.AssertRefusedAsync(await api.PostAsync(draft.Id, "collective-discussion", meeting with { MeetingDate = service.Today.AddYears(-6) }), "DOC-4");
        Assert.Contains("合法性审核", before, StringComparison.Ordinal);
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "collective-discussion", meeting with { MeetingDate = service.Today.AddDays(-1) }), "DOC-4");
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "collective-discussion", meeting with { MeetingDate = service.Today.AddDays(30) }), "DOC-4");
        Assert.Equal(DocumentStatus.Reviewed, (await api.GetAsync(draft.Id)).Status);

        var adopted = await api.StepAsync(draft.Id, "collective-discussion", meeting);
        var published = await api.StepAsync(draft.Id, "publish", new PublishRequest(service.Today, service.Today.AddYears(1)));
        Assert.Equal(DocumentStatus.Adopted, adopted.Status);
        Assert.True(published.PublishedOn >= published.CollectiveDiscussion!.MeetingDate);
    }

    [Fact]
    public async Task DOC_4_a_deferred_draft_is_discussed_again_no_earlier_than_the_meeting_that_deferred_it()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        await api.StepAsync(draft.Id, "legality-review/submission");
        await api.StepAsync(draft.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.Lawful));
        service.Advance(5);
        await api.StepAsync(draft.Id, "collective-discussion", api.Meeting(MeetingOutcome.Deferred));

        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "collective-discussion", api.Meeting(MeetingOutcome.Adopted) with { MeetingDate = service.Today.AddDays(-2) }), "DOC-4");
        Assert.Equal(DocumentStatus.Adopted, (await api.StepAsync(draft.Id, "collective-discussion", api.Meeting(MeetingOutcome.Adopted))).Status);
    }

    [Fact]
    public async Task DOC_3_a_consulted_draft_revised_after_its_review_goes_to_review_again_without_a_second_comment_period()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(13) });
        service.Advance(14);
        await Eventually.Until(() => api.GetAsync(draft.Id), d => d.Status == DocumentStatus.CommentClosed, "the comment period closed");
        await api.StepAsync(draft.Id, "legality-review/submission");
        await api.StepAsync(draft.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.Unlawful, new LegalityChecklist(false, false, false, true, false, false)));

        var revised = await api.StepAsync(draft.Id, "revise", new ReviseDocumentRequest("关于规范市场监管执法的通知（修改稿）", "第一条 删除收费条款。", "按审核意见修改"));
        Assert.Equal(DocumentStatus.CommentClosed, revised.Status);
        Assert.Equal(DocumentStatus.Adopted, (await api.AdoptAsync(draft.Id)).Status);
    }
}
