using Microsoft.EntityFrameworkCore;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed class ReviewAndAdoptionTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    [Fact]
    public async Task DOC_1_the_legality_review_answers_every_point_of_the_checklist()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        await api.StepAsync(draft.Id, "legality-review/submission");
        var partial = new LegalityChecklist(false, false, null, false, false, false);
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.Lawful, partial)), "DOC-1");
    }

    [Fact]
    public async Task DOC_1_a_draft_creating_a_fee_cannot_be_found_lawful()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        await api.StepAsync(draft.Id, "legality-review/submission");
        var createsFee = new LegalityChecklist(false, false, false, true, false, false);
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.Lawful, createsFee)), "DOC-1");
        var reviewed = await api.StepAsync(draft.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.Unlawful, createsFee));
        Assert.Equal(LegalityConclusion.Unlawful, reviewed.LegalityReview!.Conclusion);
    }

    [Fact]
    public async Task DOC_3_an_unreviewed_draft_cannot_go_to_the_meeting()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "collective-discussion", api.Meeting(MeetingOutcome.Adopted)), "DOC-3");
        await api.StepAsync(draft.Id, "legality-review/submission");
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "collective-discussion", api.Meeting(MeetingOutcome.Adopted)), "DOC-3");
    }

    [Fact]
    public async Task DOC_3_an_unlawful_draft_cannot_go_to_the_meeting_until_revised_and_reviewed_again()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        await api.StepAsync(draft.Id, "legality-review/submission");
        await api.StepAsync(draft.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.Unlawful));
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "collective-discussion", api.Meeting(MeetingOutcome.Adopted)), "DOC-3");

        var revised = await api.StepAsync(draft.Id, "revise", new ReviseDocumentRequest("关于规范市场监管执法的通知（修改稿）", "第一条 删除收费条款。", "按审核意见修改"));
        Assert.Equal((DocumentStatus.Drafted, 2), (revised.Status, revised.Version));
        var adopted = await api.AdoptAsync(draft.Id);
        Assert.Equal(DocumentStatus.Adopted, adopted.Status);
    }

    [Fact]
    public async Task DOC_3_the_legal_office_has_its_working_days_and_an_overdue_review_is_published()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        var submitted = await api.StepAsync(draft.Id, "legality-review/submission");
        Assert.True(submitted.LegalityReview!.DueOn >= service.Today.AddDays(14)); // 10 working days span two weekends at least

        service.Advance(30);
        await RuleOfLaw.Testing.Eventually.Until(
            async () => (await service.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MessageType.EndsWith("StatutoryDeadlineElapsed")).ToListAsync()))
                .Count(m => m.Body.Contains(draft.Id.ToString(), StringComparison.Ordinal)),
            count => count == 1,
            "the overdue review is in the outbox");
    }

    [Fact]
    public async Task DOC_4_the_collective_discussion_decides_adoption()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var rejected = await api.DraftAsync(unit);
        await api.StepAsync(rejected.Id, "legality-review/submission");
        await api.StepAsync(rejected.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.LawfulWithChanges));
        Assert.Equal(DocumentStatus.Reviewed, (await api.StepAsync(rejected.Id, "collective-discussion", api.Meeting(MeetingOutcome.Deferred))).Status);
        Assert.Equal(DocumentStatus.Rejected, (await api.StepAsync(rejected.Id, "collective-discussion", api.Meeting(MeetingOutcome.Rejected))).Status);
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(rejected.Id, "publish", new PublishRequest(service.Today, service.Today.AddYears(1))), "DOC-4");

        var adopted = await api.AdoptAsync((await api.DraftAsync(unit)).Id);
        Assert.Equal(MeetingOutcome.Adopted, adopted.CollectiveDiscussion!.Outcome);
    }

    [Fact]
    public async Task DOC_4_members_positions_given_for_the_meeting_are_checked_as_for_any_collective_meeting()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        await api.StepAsync(draft.Id, "legality-review/submission");
        await api.StepAsync(draft.Id, "legality-review", DocumentsApi.Review(LegalityConclusion.Lawful));
        var headFirst = api.Meeting(MeetingOutcome.Adopted) with
        {
            Positions = [new(1, "局长 王强", true, Stance.Agrees), new(2, "副局长 李明", false, Stance.Agrees)],
            LegalOfficeHeadAttended = true,
        };
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(draft.Id, "collective-discussion", headFirst), "DOC-4");

        var adopted = await api.StepAsync(draft.Id, "collective-discussion", headFirst with { Positions = [headFirst.Positions![1] with { Order = 1 }, headFirst.Positions[0] with { Order = 2 }] });
        Assert.Equal(["副局长 李明", "局长 王强"], adopted.CollectiveDiscussion!.Positions.Select(p => p.Member));
    }
}
