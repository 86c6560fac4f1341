using RuleOfLaw.NormativeDocuments.Domain;
using static RuleOfLaw.NormativeDocuments.Tests.Domain.DocumentFixture;

namespace RuleOfLaw.NormativeDocuments.Tests.Domain;

/// <summary>The rules of the records that watch a published document: objections, cleanup campaigns, incidental reviews.</summary>
public sealed class OversightDomainTests
{
    [Fact]
    public void DOC_13_only_a_published_document_is_objected_to_and_the_answer_clock_runs_30_days()
    {
        var draft = new DocumentFixture();
        Assert.Equal("DOC-13", RuleOf(() => Objection.Submit(draft.Document, null, "缺乏依据。", draft.Today, Calendar, Settings, draft.Now)));

        var f = new DocumentFixture().Published();
        var objection = Objection.Submit(f.Document, "某企业", "第二条缺乏法律依据。", f.Today, Calendar, Settings, f.Now);
        var clock = Assert.Single(ClocksStarted(objection));
        Assert.Equal((DocumentClocks.ObjectionAnswer, "DOC-13", objection.Id), (clock.Kind, clock.RuleId, clock.RecordId));
        Assert.Equal(Calendar.EndOfPeriod(f.Today, 30, BuildingBlocks.Clocks.PeriodUnit.CalendarDays), clock.DueDate);
    }

    [Fact]
    public void DOC_13_an_upheld_objection_opens_a_review_of_the_document_and_is_answered_once()
    {
        var f = new DocumentFixture().Published();
        var objection = Objection.Submit(f.Document, null, "第二条缺乏法律依据。", f.Today, Calendar, Settings, f.Now);
        objection.AnswerWith(upheld: true, "异议成立。", f.Document, f.Today, f.Now);
        Assert.Equal(ObjectionStatus.Upheld, objection.Status);
        Assert.NotNull(f.Document.FilingReview);
        Assert.Null(f.Document.FilingReview!.Outcome);
        Assert.Null(Assert.Single(objection.ClockChanges.ToStop).Kind);
        Assert.Equal("DOC-13", RuleOf(() => objection.AnswerWith(upheld: false, "再次答复。", f.Document, f.Today, f.Now)));
    }

    [Fact]
    public void DOC_8_a_campaign_lists_the_documents_in_force_and_amending_or_repealing_needs_a_reason()
    {
        var f = new DocumentFixture().Published(effectiveInDays: 0);
        var campaign = CleanupCampaign.Start("2026年度清理", "district", [f.Document], f.Today, f.Now);
        Assert.Equal(f.Document.Id, Assert.Single(campaign.Items).DocumentId);
        Assert.Equal("DOC-8", RuleOf(() => campaign.Decide(f.Document.Id, CleanupResult.Repeal, f.Today.AddDays(30), null, f.Today, f.Now)));
        Assert.Equal("DOC-8", RuleOf(() => campaign.Decide(f.Document.Id, CleanupResult.Repeal, f.Today.AddDays(-1), "上位法已废止", f.Today, f.Now)));
        Assert.Equal("DOC-8", RuleOf(() => campaign.Publish(new Dictionary<Guid, NormativeDocument> { [f.Document.Id] = f.Document }, f.Today, f.Now)));
    }

    [Fact]
    public void DOC_8_published_results_repeal_documents_from_their_day()
    {
        var f = new DocumentFixture().Published(effectiveInDays: 0);
        var campaign = CleanupCampaign.Start("2026年度清理", "district", [f.Document], f.Today, f.Now);
        campaign.Decide(f.Document.Id, CleanupResult.Repeal, f.Today.AddDays(30), "上位法已废止", f.Today, f.Now);
        campaign.Publish(new Dictionary<Guid, NormativeDocument> { [f.Document.Id] = f.Document }, f.Today, f.Now);
        Assert.Equal((DocumentStatus.Repealed, f.Today.AddDays(30)), (f.Document.Status, f.Document.LeftForceOn));
        Assert.True(f.Document.InForceOn(f.Today.AddDays(29)));
        Assert.False(f.Document.InForceOn(f.Today.AddDays(30)));
        Assert.Equal("DOC-8", RuleOf(() => campaign.Decide(f.Document.Id, CleanupResult.Retain, null, null, f.Today, f.Now)));
    }

    [Fact]
    public void DOC_14_a_review_starts_its_30_day_decision_and_7_day_transfer_clocks_and_the_issuer_has_10_days()
    {
        var f = new DocumentFixture().Published(effectiveInDays: 0);
        var review = IncidentalReview.Receive(Guid.CreateVersion7(), "district", f.Document.Number!, f.Document, ["第二条"], "第二条增加义务。", f.Today, Calendar, f.Now);
        var clocks = ClocksStarted(review);
        Assert.Equal([DocumentClocks.IncidentalDecision, DocumentClocks.IncidentalTransfer], clocks.Select(c => c.Kind));
        Assert.All(clocks, c => Assert.Equal("DOC-14", c.RuleId));
        review.ClockChanges.Clear();

        review.AskIssuer(Calendar, f.Now);
        Assert.Equal(DocumentClocks.IssuerAnswer, Assert.Single(ClocksStarted(review)).Kind);
        Assert.Equal("DOC-14", RuleOf(() => review.AskIssuer(Calendar, f.Now)));
        review.RecordIssuerAnswer("依据《食品安全法》制定。", f.Now);
        Assert.Equal(DocumentClocks.IssuerAnswer, Assert.Single(review.ClockChanges.ToStop).Kind);
    }

    [Fact]
    public void DOC_14_a_review_of_an_unknown_number_ends_at_once_with_no_clock()
    {
        var f = new DocumentFixture();
        var review = IncidentalReview.Receive(Guid.CreateVersion7(), "district", "南市监规〔2026〕99号", null, ["第三条"], "无此文件。", f.Today, Calendar, f.Now);
        Assert.Equal(IncidentalReviewStatus.DocumentNotFound, review.Status);
        Assert.Empty(ClocksStarted(review));
    }

    [Fact]
    public void DOC_14_only_the_clauses_under_review_are_found_unlawful_and_each_is_suspended_in_the_register()
    {
        var f = new DocumentFixture().Published(effectiveInDays: 0);
        var review = IncidentalReview.Receive(Guid.CreateVersion7(), "district", f.Document.Number!, f.Document, ["第二条"], "第二条增加义务。", f.Today, Calendar, f.Now);
        Assert.Equal("DOC-14", RuleOf(() => review.Conclude(["第一条"], "第一条违法。", f.Document, f.Today, f.Now)));
        review.Conclude(["第二条"], "第二条缺乏上位法依据。", f.Document, f.Today, f.Now);
        Assert.Equal("第二条", Assert.Single(f.Document.SuspendedClauses).Clause);
        Assert.Equal(["第二条"], f.Document.Register[^1].SuspendedClauses);
        Assert.Contains(review.ClockChanges.ToStop, s => s.Kind is null);
        Assert.Equal("DOC-14", RuleOf(() => review.Transfer("市人民政府", "无权处理。", f.Now)));
    }
}
