using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Testing;
using System.Net.Http.Json;

namespace RuleOfLaw.Decisions.Tests;

public sealed class ReviewAndAgendaTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_6_no_path_puts_an_unreviewed_draft_on_the_agenda()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda()), "DEC-6"); // drafting
        await api.OpenCommentAsync(decision.Id);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda()), "DEC-6"); // open for comment
        await api.RunOutCommentAsync(decision.Id);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda()), "DEC-6"); // comment closed
        await api.StepAsync(decision.Id, "comment-dispositions");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda()), "DEC-6"); // dispositions published
        await api.StepAsync(decision.Id, "legality-review/submission");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda()), "DEC-6"); // under review
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", api.Meeting(Procedures.Meeting.MeetingOutcome.Adopted)), "DEC-8");
        Assert.Equal(DecisionStatus.UnderLegalityReview, (await api.GetAsync(decision.Id)).Status);
    }

    [Fact]
    public async Task DEC_6_an_unlawful_draft_reaches_the_agenda_only_after_revision_and_a_new_review()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.ReviewedAsync(conclusion: LegalityConclusion.Unlawful);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda()), "DEC-6");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda("试点")), "DEC-6"); // not a reform pilot

        var revised = await api.StepAsync(decision.Id, "revise", new ReviseDecisionRequest("老旧小区改造三年行动方案（修改稿）", "第一条 按审查意见修改。", "按合法性审查意见修改"));
        Assert.Equal((DecisionStatus.CommentClosed, (LegalityReview?)null), (revised.Status, revised.LegalityReview));
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda()), "DEC-6");
        await api.StepAsync(decision.Id, "legality-review/submission");
        await api.StepAsync(decision.Id, "legality-review", DecisionsApi.Review(LegalityConclusion.LawfulWithChanges));
        Assert.Equal(DecisionStatus.OnAgenda, (await api.StepAsync(decision.Id, "agenda", api.Agenda())).Status);
    }

    [Fact]
    public async Task DEC_6_the_checklist_answers_every_point_and_a_draft_with_a_defect_is_not_lawful()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.ReadyForReviewAsync();
        await api.StepAsync(decision.Id, "legality-review/submission");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review", DecisionsApi.Review(LegalityConclusion.Lawful, new DecisionLegalityChecklist(false, null, false, false))), "DEC-6");
        var exceeds = new DecisionLegalityChecklist(true, false, false, false);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review", DecisionsApi.Review(LegalityConclusion.LawfulWithChanges, exceeds)), "DEC-6");
        var reviewed = await api.StepAsync(decision.Id, "legality-review", DecisionsApi.Review(LegalityConclusion.Unlawful, exceeds));
        Assert.Equal(["ExceedsStatutoryAuthority"], reviewed.LegalityReview!.DefectsFound);
        Assert.Equal(4, reviewed.LegalityReview.PointsChecked.Count);
    }

    [Fact]
    public async Task DEC_6_the_legal_office_gets_at_least_7_working_days_and_an_overdue_review_is_published()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.ReadyForReviewAsync();
        var submitted = await api.StepAsync(decision.Id, "legality-review/submission");
        var review = submitted.LegalityReview!;
        Assert.True(review.DueOn >= review.SubmittedOn.AddDays(9), $"7 working days from {review.SubmittedOn} end no earlier than {review.SubmittedOn.AddDays(9)}; due {review.DueOn}");

        service.Advance(20);
        await Eventually.Until(
            async () => (await service.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MessageType.EndsWith("StatutoryDeadlineElapsed")).ToListAsync()))
                .Count(m => m.Body.Contains(decision.Id.ToString(), StringComparison.Ordinal)),
            count => count == 1,
            "the overdue review is in the outbox");
    }

    [Fact]
    public async Task DEC_6_a_reform_pilot_reaches_the_agenda_unreviewed_only_with_its_legal_risk_stated_and_shown()
    {
        using var api = new DecisionsApi(service);
        var pilot = await api.ReadyForReviewAsync(new DecisionKind(ReformPilot: true));
        await Problems.AssertRefusedAsync(await api.PostAsync(pilot.Id, "agenda", api.Agenda()), "DEC-6");
        var onAgenda = await api.StepAsync(pilot.Id, "agenda", api.Agenda("先行先试，上位法尚无明确规定，存在被认定越权的法律风险。"));

        Assert.Equal(DecisionStatus.OnAgenda, onAgenda.Status);
        Assert.Equal("先行先试，上位法尚无明确规定，存在被认定越权的法律风险。", (await api.GetAsync(pilot.Id)).ReformPilotLegalRisk);
        var history = await api.Client.GetFromJsonAsync<List<BuildingBlocks.History.HistoryItem>>($"/api/decisions/{pilot.Id}/history", DecisionsApi.Json);
        Assert.Contains(history!, h => h.To == "OnAgenda" && h.Reason!.Contains("legal risk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DEC_7_nothing_reaches_the_agenda_without_every_piece_of_the_meeting_package()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync(new DecisionKind(Experts: true, Market: true, ReformPilot: true));
        await api.ConsultedAsync(decision.Id);

        // Neither to the legal office nor, as a reform pilot, straight to the agenda.
        var submission = await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-7");
        Assert.Contains("ExpertOpinions", submission, StringComparison.Ordinal);
        Assert.Contains("FairCompetitionReview", submission, StringComparison.Ordinal);
        var detail = await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda("先行先试，存在被认定越权的法律风险。")), "DEC-7");
        Assert.Contains("ExpertOpinions", detail, StringComparison.Ordinal);
        Assert.Contains("FairCompetitionReview", detail, StringComparison.Ordinal);
        var package = await api.Client.GetFromJsonAsync<MeetingPackageResponse>($"/api/decisions/{decision.Id}/meeting-package", DecisionsApi.Json);
        Assert.False(package!.Complete);
        Assert.Equal(["ExpertOpinions", "LegalityOpinion", "FairCompetitionReview"], package.Pieces.Where(p => p.Missing).Select(p => p.Piece));
        Assert.DoesNotContain(package.Pieces, p => p.Piece == "RiskReport" && p.Required);
    }

    [Fact]
    public async Task DEC_7_a_complete_package_reaches_the_agenda()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.ReviewedAsync(new DecisionKind(Risk: true, Experts: true, Market: true));
        var package = await api.Client.GetFromJsonAsync<MeetingPackageResponse>($"/api/decisions/{decision.Id}/meeting-package", DecisionsApi.Json);
        Assert.True(package!.Complete);
        Assert.Equal(DecisionStatus.OnAgenda, (await api.StepAsync(decision.Id, "agenda", api.Agenda())).Status);
    }
}
