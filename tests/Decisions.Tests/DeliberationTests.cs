using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

public sealed class DeliberationTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    private static readonly HearingParticipantRequest[] TwoCategories = [new("王芳", "居民代表"), new("李强", "居民代表"), new("赵敏", "物业企业")];

    private static readonly HearingParticipantRequest[] ThreeCategories = [new("王芳", "居民代表"), new("赵敏", "物业企业"), new("钱明", "人大代表")];

    [Fact]
    public async Task DEC_3_a_hearing_with_fewer_stakeholder_categories_than_the_district_setting_cannot_be_concluded()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        var date = service.Today.AddDays(10);
        await api.StepAsync(decision.Id, "hearing", new AnnounceHearingRequest(date, "自愿报名，随机抽取", TwoCategories));
        await api.StepAsync(decision.Id, "hearing/materials");
        service.Advance(10);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "hearing/record", new HearingRecordRequest("听证笔录……", ["王芳", "赵敏"])), "DEC-3");
        Assert.Null((await api.GetAsync(decision.Id)).Hearing!.HeldOn);
    }

    [Fact]
    public async Task DEC_3_participants_are_published_in_advance_get_materials_7_days_ahead_and_sign_the_record()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "hearing", new AnnounceHearingRequest(service.Today, "自愿报名", ThreeCategories)), "DEC-3");

        // Six days ahead is too late for the materials; announcing a later date fixes it.
        await api.StepAsync(decision.Id, "hearing", new AnnounceHearingRequest(service.Today.AddDays(6), "自愿报名，随机抽取", ThreeCategories));
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "hearing/materials"), "DEC-3");
        var announced = await api.StepAsync(decision.Id, "hearing", new AnnounceHearingRequest(service.Today.AddDays(7), "自愿报名，随机抽取", ThreeCategories));
        Assert.Equal((service.Today, "自愿报名，随机抽取", 3), (announced.Hearing!.AnnouncedOn, announced.Hearing.SelectionMethod, announced.Hearing.Participants.Count));
        await api.StepAsync(decision.Id, "hearing/materials");

        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "hearing/record", new HearingRecordRequest("听证笔录……", ["王芳"])), "DEC-3"); // before the day
        service.Advance(7);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "hearing/record", new HearingRecordRequest("听证笔录……", [])), "DEC-3");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "hearing/record", new HearingRecordRequest("听证笔录……", ["不相干的人"])), "DEC-3");
        var held = await api.StepAsync(decision.Id, "hearing/record", new HearingRecordRequest("听证笔录……", ["王芳", "赵敏", "钱明"]));
        Assert.Equal((service.Today, 3), (held.Hearing!.HeldOn, held.Hearing.SignedBy.Count));
    }

    [Fact]
    public async Task DEC_3_an_announced_hearing_must_be_held_before_the_legality_review()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        await api.StepAsync(decision.Id, "hearing", new AnnounceHearingRequest(service.Today.AddDays(60), "自愿报名", ThreeCategories));
        await api.ConsultedAsync(decision.Id);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-3");
    }

    [Fact]
    public async Task DEC_4_an_expert_with_a_direct_interest_or_no_declaration_is_barred_and_opinions_are_signed()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync(new DecisionKind(Experts: true));

        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "expert-opinions", DecisionsApi.Expert(interest: true)), "DEC-4");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "expert-opinions", DecisionsApi.Expert(interest: null)), "DEC-4");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "expert-opinions", DecisionsApi.Expert(signedBy: null)), "DEC-4");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "expert-opinions", DecisionsApi.Expert(signedBy: "别人")), "DEC-4");
        var added = await api.StepAsync(decision.Id, "expert-opinions", DecisionsApi.Expert());

        var opinion = Assert.Single(added.ExpertOpinions);
        Assert.Equal(("陈教授", "陈教授", "本人声明与本决策事项无直接利害关系。"), (opinion.Expert, opinion.SignedBy, opinion.InterestDeclaration));
    }

    [Fact]
    public async Task DEC_5_the_risk_report_lists_risk_points_measures_and_a_contingency_plan()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync(new DecisionKind(Risk: true));
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "risk-assessment", DecisionsApi.Risk(contingency: "")), "DEC-5");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "risk-assessment", DecisionsApi.Risk() with { RiskPoints = [] }), "DEC-5");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "risk-assessment", DecisionsApi.Risk() with { PreventionMeasures = [] }), "DEC-5");
        var assessed = await api.StepAsync(decision.Id, "risk-assessment", DecisionsApi.Risk());
        Assert.Equal((RiskLevel.Medium, true, DecisionsApi.Assessor), (assessed.RiskAssessment!.Level, assessed.RiskAssessment.Controllable, assessed.RiskAssessment.AssessorUnitId));
    }

    [Fact]
    public async Task DEC_5_a_decision_whose_risk_is_not_controllable_goes_no_further()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync(new DecisionKind(Risk: true));
        await api.ConsultedAsync(decision.Id);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-5"); // no report yet
        await api.StepAsync(decision.Id, "risk-assessment", DecisionsApi.Risk(controllable: false));
        var detail = await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-5");
        Assert.Contains("风险不可控", detail, StringComparison.Ordinal);

        // A reform pilot cannot use its override to pass an uncontrollable risk either.
        var pilot = await api.OpenAsync(new DecisionKind(Risk: true, ReformPilot: true));
        await api.StepAsync(pilot.Id, "risk-assessment", DecisionsApi.Risk(controllable: false));
        await api.ConsultedAsync(pilot.Id);
        await Problems.AssertRefusedAsync(await api.PostAsync(pilot.Id, "agenda", api.Agenda("改革试点，法律风险已说明。")), "DEC-5");
    }
}
