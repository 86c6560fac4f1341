using System.Net.Http.Json;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Procedures.FairCompetition;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>Dates a client gives fit the procedure's order, and every gate that blocks leaves a way forward.</summary>
public sealed class ProcedureOrderTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_8_minutes_are_of_a_meeting_held_on_the_agenda_date_or_later_and_not_in_the_future()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.ReviewedAsync();
        await api.StepAsync(decision.Id, "agenda", api.Agenda() with { MeetingDate = service.Today.AddDays(7) });
        var minutes = api.Meeting(MeetingOutcome.Adopted);

        var future = await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with { MeetingDate = service.Today.AddDays(7) }), "DEC-8");
        Assert.Contains("已经召开", future, StringComparison.Ordinal);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with { MeetingDate = service.Today.AddDays(37) }), "DEC-8");

        service.Advance(8);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with { MeetingDate = service.Today.AddDays(-2) }), "DEC-8"); // before the agenda's date
        var decided = await api.StepAsync(decision.Id, "collective-decision", minutes with { MeetingDate = service.Today.AddDays(-1) });
        var published = await api.StepAsync(decision.Id, "publication", new PublishDecisionRequest("共收到意见1条，已采纳。"));

        Assert.Equal(DecisionStatus.Adopted, decided.Status);
        Assert.True(published.PublishedOn >= published.Meeting!.MeetingDate, $"published {published.PublishedOn}, met {published.Meeting.MeetingDate}");
    }

    [Fact]
    public async Task DEC_1_the_party_approval_is_dated_while_the_catalogue_is_planned_and_not_after_its_publication()
    {
        using var api = new DecisionsApi(service);
        var unit = DecisionsApi.NewUnit();
        api.Client.ActingFor(unit);
        var catalogue = await DecisionsApi.ReadAsync<CatalogueResponse>(
            await api.Client.PostAsJsonAsync("/api/decisions/catalogues", new CreateCatalogueRequest(unit, service.Today.Year)), System.Net.HttpStatusCode.Created);
        await api.Client.PostAsJsonAsync($"/api/decisions/catalogues/{catalogue.Id}/items", new AddCatalogueItemRequest("老旧小区改造三年行动方案", null, "lead-" + unit));

        await Problems.AssertRefusedAsync(await api.PublishCatalogueAsync(catalogue.Id, DecisionsApi.Approval with { ApprovedOn = service.Today.AddYears(-3) }), "DEC-1");
        await Problems.AssertRefusedAsync(await api.PublishCatalogueAsync(catalogue.Id, DecisionsApi.Approval with { ApprovedOn = service.Today.AddDays(1) }), "DEC-1");
        var published = await DecisionsApi.ReadAsync<CatalogueResponse>(await api.PublishCatalogueAsync(catalogue.Id, DecisionsApi.Approval with { ApprovedOn = service.Today }));
        Assert.Equal(CatalogueStatus.Published, published.Status);
    }

    [Fact]
    public async Task DEC_5_a_recorded_uncontrollable_risk_blocks_even_where_no_assessment_was_required()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync(new DecisionKind(ReformPilot: true));
        await api.StepAsync(decision.Id, "risk-assessment", DecisionsApi.Risk(controllable: false));
        await api.ConsultedAsync(decision.Id);

        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-5");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda("改革试点，法律风险已说明。")), "DEC-5");

        // The way forward: a new assessment that finds the risk controllable.
        await api.StepAsync(decision.Id, "risk-assessment", DecisionsApi.Risk(contingency: "增设应急安置点，分批施工。"));
        Assert.Equal(DecisionStatus.UnderLegalityReview, (await api.StepAsync(decision.Id, "legality-review/submission")).Status);
    }

    [Fact]
    public async Task DEC_7_a_market_related_draft_goes_to_legality_review_only_with_its_fair_competition_review()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync(new DecisionKind(Market: true));
        await api.ConsultedAsync(decision.Id);

        var detail = await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-7");
        Assert.Contains("FairCompetitionReview", detail, StringComparison.Ordinal);
        Assert.Equal(DecisionStatus.CommentClosed, (await api.GetAsync(decision.Id)).Status);

        // Refused while the review can still be recorded, so the procedure goes on to the agenda.
        await api.StepAsync(decision.Id, "fair-competition-review", new FairCompetitionReviewRequest("未发现排除、限制竞争的内容。"));
        await api.StepAsync(decision.Id, "legality-review/submission");
        await api.StepAsync(decision.Id, "legality-review", DecisionsApi.Review(LegalityConclusion.Lawful));
        Assert.Equal(DecisionStatus.OnAgenda, (await api.StepAsync(decision.Id, "agenda", api.Agenda())).Status);
    }

    [Fact]
    public async Task DEC_7_expert_opinions_a_decision_needs_are_given_before_its_legality_review()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync(new DecisionKind(Experts: true));
        await api.ConsultedAsync(decision.Id);

        var detail = await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-7");
        Assert.Contains("ExpertOpinions", detail, StringComparison.Ordinal);
        await api.StepAsync(decision.Id, "expert-opinions", DecisionsApi.Expert());
        Assert.Equal(DecisionStatus.UnderLegalityReview, (await api.StepAsync(decision.Id, "legality-review/submission")).Status);
    }
}
