using RuleOfLaw.NormativeDocuments.Domain;
using static RuleOfLaw.NormativeDocuments.Tests.Domain.DocumentFixture;

namespace RuleOfLaw.NormativeDocuments.Tests.Domain;

/// <summary>The rules <see cref="NormativeDocument"/> enforces, checked on the aggregate alone.</summary>
public sealed class NormativeDocumentTests
{
    [Fact]
    public void DOC_1_only_an_active_issuing_unit_drafts_and_only_within_its_competence()
    {
        var f = new DocumentFixture();
        Assert.Equal("DOC-1", RuleOf(() => NormativeDocument.Draft(f.Issuer, "城市建设", "关于城市建设的通知", "", false, false, false, f.Now)));
        f.Issuer.Update(f.Issuer.Name, f.Issuer.Competences, active: false, f.Now);
        Assert.Equal("DOC-1", RuleOf(() => NormativeDocument.Draft(f.Issuer, "市场监管", "关于市场监管的通知", "", false, false, false, f.Now)));
    }

    [Fact]
    public void DOC_1_the_legality_review_answers_every_point_and_a_draft_doing_one_is_not_lawful()
    {
        var f = new DocumentFixture();
        f.Document.SubmitForLegalityReview(f.Today, Settings.LegalityReviewWorkingDays, Calendar, f.Now);
        Assert.Equal("DOC-1", RuleOf(() => f.Document.ConcludeLegalityReview(Clean with { CreatesFees = null }, LegalityConclusion.Lawful, "同意。", "张三", f.Now)));
        Assert.Equal("DOC-1", RuleOf(() => f.Document.ConcludeLegalityReview(Clean with { CreatesFees = true }, LegalityConclusion.Lawful, "同意。", "张三", f.Now)));
        f.Document.ConcludeLegalityReview(Clean with { CreatesFees = true }, LegalityConclusion.Unlawful, "违法设定收费。", "张三", f.Now);
        Assert.False(f.Document.Review!.FoundLawful);
    }

    [Fact]
    public void DOC_2_a_comment_after_the_period_closes_is_refused()
    {
        var f = new DocumentFixture(affectsRights: true);
        f.Document.OpenForComment(f.Today, f.Today.AddDays(13), f.Today, Calendar, Settings, f.Now);
        f.Document.Comment(null, "建议延长整改期限。", f.Today, f.Now);
        f.Pass(14);
        Assert.Equal("DOC-2", RuleOf(() => f.Document.Comment(null, "迟到的意见。", f.Today, f.Now)));
        f.Document.CloseComment(f.Today, f.Now);
        Assert.Equal("DOC-2", RuleOf(() => f.Document.Comment(null, "关闭后的意见。", f.Today, f.Now)));
        Assert.Single(f.Document.Comments);
    }

    [Fact]
    public void DOC_2_a_draft_not_opened_for_comment_takes_no_comment()
    {
        var f = new DocumentFixture(affectsRights: true);
        Assert.Equal("DOC-2", RuleOf(() => f.Document.Comment(null, "意见。", f.Today, f.Now)));
    }

    [Fact]
    public void DOC_2_the_period_lasts_7_working_days_or_30_days_when_tied_to_market_activity()
    {
        var rights = new DocumentFixture(affectsRights: true);
        Assert.Equal("DOC-2", RuleOf(() => rights.Document.OpenForComment(rights.Today, rights.Today.AddDays(7), rights.Today, Calendar, Settings, rights.Now))); // 6 working days
        rights.Document.OpenForComment(rights.Today, rights.Today.AddDays(8), rights.Today, Calendar, Settings, rights.Now);

        var market = new DocumentFixture(affectsRights: true, market: true);
        Assert.Equal("DOC-2", RuleOf(() => market.Document.OpenForComment(market.Today, market.Today.AddDays(28), market.Today, Calendar, Settings, market.Now)));
        market.Document.OpenForComment(market.Today, market.Today.AddDays(29), market.Today, Calendar, Settings, market.Now);
    }

    [Fact]
    public void DOC_2_opening_the_period_starts_the_timer_that_closes_it_the_day_after()
    {
        var f = new DocumentFixture(affectsRights: true);
        f.Document.OpenForComment(f.Today, f.Today.AddDays(13), f.Today, Calendar, Settings, f.Now);
        var timer = Assert.Single(ClocksStarted(f.Document));
        Assert.Equal((DocumentClocks.CommentClose, "DOC-2", f.Today.AddDays(13)), (timer.Kind, timer.RuleId, timer.DueDate));
    }

    [Fact]
    public void DOC_2_a_draft_affecting_rights_goes_to_review_only_after_its_period_with_every_comment_disposed_of()
    {
        var f = new DocumentFixture(affectsRights: true);
        Assert.Equal("DOC-2", RuleOf(() => f.Document.SubmitForLegalityReview(f.Today, 10, Calendar, f.Now)));
        f.Document.OpenForComment(f.Today, f.Today.AddDays(13), f.Today, Calendar, Settings, f.Now);
        var comment = f.Document.Comment("王某", "建议延长整改期限。", f.Today, f.Now);
        f.Pass(14);
        f.Document.CloseComment(f.Today, f.Now);
        Assert.Equal("DOC-2", RuleOf(() => f.Document.SubmitForLegalityReview(f.Today, 10, Calendar, f.Now)));
        Assert.Equal("DOC-2", RuleOf(() => f.Document.DisposeComment(comment.Id, CommentDisposition.NotAdopted, null, f.Now)));
        f.Document.DisposeComment(comment.Id, CommentDisposition.NotAdopted, "与上位法不符。", f.Now);
        f.Document.SubmitForLegalityReview(f.Today, 10, Calendar, f.Now);
        Assert.Equal(DocumentStatus.UnderLegalityReview, f.Document.Status);
    }

    [Fact]
    public void DOC_2_a_market_related_draft_needs_published_feedback_and_a_fair_competition_review_first()
    {
        var f = new DocumentFixture(affectsRights: true, market: true);
        f.Document.OpenForComment(f.Today, f.Today.AddDays(29), f.Today, Calendar, Settings, f.Now);
        f.Pass(30);
        f.Document.CloseComment(f.Today, f.Now);
        Assert.Equal("DOC-2", RuleOf(() => f.Document.SubmitForLegalityReview(f.Today, 10, Calendar, f.Now)));
        f.Document.PublishCommentFeedback("未收到意见。", f.Now);
        Assert.Equal("DOC-2", RuleOf(() => f.Document.SubmitForLegalityReview(f.Today, 10, Calendar, f.Now)));
        f.Document.RecordFairCompetitionReview("未发现排除、限制竞争的内容。", f.Now);
        f.Document.SubmitForLegalityReview(f.Today, 10, Calendar, f.Now);
    }

    [Fact]
    public void DOC_3_the_review_clock_runs_in_working_days_from_submission_and_stops_with_the_conclusion()
    {
        var f = new DocumentFixture();
        f.Document.SubmitForLegalityReview(f.Today, Settings.LegalityReviewWorkingDays, Calendar, f.Now);
        var clock = Assert.Single(ClocksStarted(f.Document));
        Assert.Equal((DocumentClocks.LegalityReview, "DOC-3", new DateOnly(2026, 3, 16)), (clock.Kind, clock.RuleId, clock.DueDate));
        f.Document.ClockChanges.Clear();

        f.Document.ConcludeLegalityReview(Clean, LegalityConclusion.Lawful, "同意。", "张三", f.Now);
        Assert.Equal(DocumentClocks.LegalityReview, Assert.Single(f.Document.ClockChanges.ToStop).Kind);
    }

    [Fact]
    public void DOC_3_an_unreviewed_or_unlawful_draft_cannot_go_to_the_meeting()
    {
        var unreviewed = new DocumentFixture();
        Assert.Equal("DOC-3", RuleOf(() => unreviewed.Discussed()));
        var unlawful = new DocumentFixture().Reviewed(LegalityConclusion.Unlawful);
        Assert.Equal("DOC-3", RuleOf(() => unlawful.Discussed()));
    }

    [Fact]
    public void DOC_4_the_meeting_decides_adoption_and_only_an_adopted_document_is_published()
    {
        var rejected = new DocumentFixture().Reviewed().Discussed(MeetingOutcome.Rejected);
        Assert.Equal(DocumentStatus.Rejected, rejected.Document.Status);
        Assert.Equal("DOC-4", RuleOf(rejected.Document.RequireAdopted));
        Assert.Equal("DOC-4", RuleOf(() => rejected.Document.Publish("南市监", 2026, 1, rejected.Today, rejected.Today, rejected.Today.AddYears(1), Calendar, Settings, rejected.Now)));

        var adopted = new DocumentFixture().Reviewed().Discussed();
        adopted.Document.RequireAdopted();
    }

    [Fact]
    public void DOC_4_the_meeting_is_held_after_the_review_concluded()
    {
        var f = new DocumentFixture().Reviewed();
        Assert.Equal("DOC-4", RuleOf(() => f.Document.Decide(Meeting(f.Today.AddDays(-2)), f.Now)));
    }

    [Fact]
    public void DOC_5_a_document_takes_effect_no_earlier_than_its_publication_and_is_in_force_only_once_published()
    {
        var f = new DocumentFixture().Reviewed().Discussed();
        Assert.False(f.Document.InForceOn(f.Today));
        Assert.Equal("DOC-5", RuleOf(() => f.Document.Publish("南市监", 2026, 1, f.Today, f.Today.AddDays(-1), f.Today.AddYears(1), Calendar, Settings, f.Now)));
        Assert.Equal("DOC-5", RuleOf(() => f.Document.Publish("南市监", 2026, 1, f.Today.AddDays(1), f.Today.AddDays(1), f.Today.AddYears(1), Calendar, Settings, f.Now)));

        f.Document.Publish("南市监", 2026, 1, f.Today, f.Today.AddDays(10), f.Today.AddYears(1), Calendar, Settings, f.Now);
        Assert.False(f.Document.InForceOn(f.Today));
        Assert.True(f.Document.InForceOn(f.Today.AddDays(10)));
        Assert.Contains(ClocksStarted(f.Document), c => c.Kind == DocumentClocks.EntersForce && c.DueDate == f.Today.AddDays(9));
    }

    [Fact]
    public void DOC_5_a_document_effective_on_its_publication_day_is_in_force_at_once_without_a_timer()
    {
        var f = new DocumentFixture().Published(effectiveInDays: 0);
        Assert.True(f.Document.InForceOn(f.Today));
        Assert.DoesNotContain(ClocksStarted(f.Document), c => c.Kind == DocumentClocks.EntersForce);
    }

    [Fact]
    public void DOC_6_the_number_is_the_units_code_the_year_and_the_sequence()
    {
        var f = new DocumentFixture().Published();
        Assert.Equal("南市监规〔2026〕1号", f.Document.Number);
        Assert.Equal("南府规〔2027〕12号", NormativeDocument.FormatNumber("南府", 2027, 12));
    }

    [Fact]
    public void DOC_7_a_document_is_valid_at_most_5_years_and_a_provisional_one_2()
    {
        var f = new DocumentFixture().Reviewed().Discussed();
        var effective = f.Today;
        Assert.Equal("DOC-7", RuleOf(() => f.Document.Publish("南市监", 2026, 1, f.Today, effective, effective.AddYears(5), Calendar, Settings, f.Now)));
        Assert.Equal("DOC-7", RuleOf(() => f.Document.Publish("南市监", 2026, 1, f.Today, effective, effective, Calendar, Settings, f.Now)));
        f.Document.Publish("南市监", 2026, 1, f.Today, effective, effective.AddYears(5).AddDays(-1), Calendar, Settings, f.Now);

        var provisional = new DocumentFixture(title: "南城区临时建筑管理暂行办法").Reviewed().Discussed();
        Assert.True(provisional.Document.Provisional);
        Assert.Equal("DOC-7", RuleOf(() => provisional.Document.Publish("南市监", 2026, 2, provisional.Today, effective, effective.AddYears(2), Calendar, Settings, provisional.Now)));
    }

    [Fact]
    public void DOC_7_publication_starts_the_expiry_warning_and_the_expiry_and_expiry_leaves_force()
    {
        var f = new DocumentFixture().Published();
        var expires = f.Document.ExpiresOn!.Value;
        var clocks = ClocksStarted(f.Document);
        Assert.Contains(clocks, c => c.Kind == DocumentClocks.ExpiryWarning && c.DueDate == expires.AddMonths(-6).AddDays(-1));
        Assert.Contains(clocks, c => c.Kind == DocumentClocks.Expiry && c.DueDate == expires);

        f.Document.Expire(At(expires.AddDays(1)));
        Assert.Equal(DocumentStatus.Expired, f.Document.Status);
        Assert.False(f.Document.InForceOn(expires.AddDays(1)));
    }

    [Fact]
    public void DOC_9_publication_starts_the_15_day_filing_clock_and_filing_stops_it()
    {
        var f = new DocumentFixture().Published();
        var filing = Assert.Single(ClocksStarted(f.Document), c => c.Kind == DocumentClocks.Filing);
        Assert.Equal(("DOC-9", f.Today.AddDays(15)), (filing.RuleId, filing.DueDate));
        f.Document.ClockChanges.Clear();

        f.Document.File(f.Today.AddDays(15), Calendar, Settings, f.Now.AddDays(15));
        Assert.Equal(FilingStatus.FiledOnTime, f.Document.Filing);
        Assert.Equal(DocumentClocks.Filing, Assert.Single(f.Document.ClockChanges.ToStop).Kind);
        Assert.Equal("DOC-9", RuleOf(() => f.Document.File(f.Today.AddDays(16), Calendar, Settings, f.Now.AddDays(16))));
    }

    [Fact]
    public void DOC_9_a_filing_after_day_15_or_none_is_recorded_late()
    {
        var late = new DocumentFixture().Published();
        late.Document.File(late.Today.AddDays(16), Calendar, Settings, late.Now.AddDays(16));
        Assert.Equal(FilingStatus.FiledLate, late.Document.Filing);

        var none = new DocumentFixture().Published();
        none.Document.MarkFilingMissing(none.Now.AddDays(16));
        Assert.Equal(FilingStatus.Missing, none.Document.Filing);
        Assert.Equal("DOC-9", RuleOf(() => new DocumentFixture().Document.File(none.Today, Calendar, Settings, none.Now)));
    }

    [Fact]
    public void DOC_10_the_review_answers_its_checklist_and_a_document_with_a_defect_cannot_pass()
    {
        var f = new DocumentFixture().Published();
        Assert.Equal("DOC-10", RuleOf(() => f.Document.ConcludeReview(new FilingReviewChecklist(false, false, false), ReviewOutcome.Passed, "通过。", f.Today, f.Now)));
        f.Document.File(f.Today, Calendar, Settings, f.Now);
        Assert.Equal("DOC-10", RuleOf(() => f.Document.ConcludeReview(new FilingReviewChecklist(false, null, false), ReviewOutcome.Passed, "通过。", f.Today, f.Now)));
        Assert.Equal("DOC-10", RuleOf(() => f.Document.ConcludeReview(new FilingReviewChecklist(true, false, false), ReviewOutcome.Passed, "通过。", f.Today, f.Now)));
        Assert.Equal("DOC-10", RuleOf(() => f.Document.Revoke("违法。", f.Today, f.Now)));

        f.Document.ConcludeReview(new FilingReviewChecklist(true, false, false), ReviewOutcome.RevocationRequested, "违法增加义务。", f.Today, f.Now);
        f.Document.Revoke("违法增加义务。", f.Today, f.Now);
        Assert.Equal(DocumentStatus.Revoked, f.Document.Status);
        Assert.Equal(f.Today, f.Document.LeftForceOn);
    }

    [Fact]
    public void DOC_11_a_passed_review_records_the_day_it_concluded_for_the_published_list()
    {
        var f = new DocumentFixture().Published();
        f.Document.File(f.Today, Calendar, Settings, f.Now);
        f.Document.ConcludeReview(new FilingReviewChecklist(false, false, false), ReviewOutcome.Passed, "准予备案。", f.Today, f.Now);
        Assert.Equal((ReviewOutcome.Passed, f.Today), (f.Document.FilingReview!.Outcome, f.Document.FilingReview.ConcludedOn));
        Assert.Null(f.Document.FilingReview.WithoutOpinion().Opinion);
    }

    [Fact]
    public void DOC_12_a_revision_keeps_every_earlier_version_and_a_drafts_text_is_public_once_comment_opens()
    {
        var f = new DocumentFixture(affectsRights: true);
        f.Document.Revise("关于规范市场监管执法的通知（修改稿）", "第一条 修改后的条文。", "按意见修改", f.Now);
        Assert.Equal([1, 2], f.Document.Versions.Select(v => v.Number));
        Assert.Equal("第一条 修改后的条文。", f.Document.Body);
        Assert.False(f.Document.TextPublicOn(f.Today));
        f.Document.OpenForComment(f.Today.AddDays(1), f.Today.AddDays(14), f.Today, Calendar, Settings, f.Now);
        Assert.False(f.Document.TextPublicOn(f.Today));
        Assert.True(f.Document.TextPublicOn(f.Today.AddDays(1)));
    }
}
