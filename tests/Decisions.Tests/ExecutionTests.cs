using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

public sealed class ExecutionTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_9_an_adopted_decision_is_published_with_its_explanation_and_its_full_record_archived()
    {
        using var api = new DecisionsApi(service);
        var adopted = await api.AdoptedAsync(new DecisionKind(Risk: true, Experts: true));
        await Problems.AssertFieldErrorsAsync(await api.PostAsync(adopted.Id, "publication", new { explanation = " " }), "explanation");
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"/api/decisions/{adopted.Id}/archive")).StatusCode);

        var published = await api.StepAsync(adopted.Id, "publication", new PublishDecisionRequest("共收到意见1条，已全部采纳。"));
        Assert.Equal((DecisionStatus.Published, service.Today, "共收到意见1条，已全部采纳。"), (published.Status, published.PublishedOn, published.PublicationExplanation));

        var archive = await api.Client.GetFromJsonAsync<ArchiveResponse>($"/api/decisions/{adopted.Id}/archive", DecisionsApi.Json);
        var record = archive!.Record;
        Assert.Equal("Published", record.GetProperty("decision").GetProperty("status").GetString());
        Assert.Equal("Adopted", record.GetProperty("comments")[0].GetProperty("disposition").GetString());
        Assert.Equal(1, record.GetProperty("decision").GetProperty("expertOpinions").GetArrayLength());
        Assert.Equal("Medium", record.GetProperty("decision").GetProperty("riskAssessment").GetProperty("level").GetString());
        Assert.Equal(4, record.GetProperty("decision").GetProperty("meeting").GetProperty("positions").GetArrayLength());
        await Problems.AssertRefusedAsync(await api.PostAsync(adopted.Id, "publication", new PublishDecisionRequest("再次公布")), "DEC-9");
    }

    [Fact]
    public async Task DEC_10_the_evaluator_is_not_the_unit_that_did_the_main_pre_decision_assessment()
    {
        using var api = new DecisionsApi(service);
        var published = await api.PublishedAsync(new DecisionKind(Risk: true));
        await Problems.AssertRefusedAsync(await api.PostAsync(published.Id, "evaluations", Evaluation(DecisionsApi.Assessor, EvaluationResult.Continue)), "DEC-10");
        await Problems.AssertRefusedAsync(await api.PostAsync(published.Id, "evaluations", Evaluation(published.LeadUnitId, EvaluationResult.Continue)), "DEC-10");
        var evaluated = await api.StepAsync(published.Id, "evaluations", Evaluation("third-party-institute", EvaluationResult.Continue));
        Assert.Equal((DecisionStatus.Published, EvaluationResult.Continue), (evaluated.Status, Assert.Single(evaluated.Evaluations).Result));
    }

    [Fact]
    public async Task DEC_10_suspension_is_by_the_head_with_a_reason_shown_publicly()
    {
        using var api = new DecisionsApi(service);
        var published = await api.PublishedAsync();
        await Problems.AssertRefusedAsync(await api.PostAsync(published.Id, "evaluations", Evaluation("third-party-institute", EvaluationResult.Suspend)), "DEC-10");
        var suspended = await api.StepAsync(published.Id, "evaluations", Evaluation("third-party-institute", EvaluationResult.Suspend) with { Reason = "群众反映强烈，暂停执行以便调整。" });
        Assert.Equal((DecisionStatus.Suspended, "群众反映强烈，暂停执行以便调整。"), (suspended.Status, suspended.SuspensionReason));

        var other = await api.PublishedAsync();
        await Problems.AssertFieldErrorsAsync(await api.PostAsync(other.Id, "suspension", new { reason = "" }), "reason");
        Assert.Equal(DecisionStatus.Suspended, (await api.StepAsync(other.Id, "suspension", new SuspendDecisionRequest("发生安全事故。"))).Status);
    }

    [Fact]
    public async Task DEC_10_a_major_adjustment_starts_a_new_procedure_linked_to_the_old_one_and_a_stop_needs_its_reason()
    {
        using var api = new DecisionsApi(service);
        var published = await api.PublishedAsync();
        var adjusted = await api.StepAsync(published.Id, "evaluations", Evaluation("third-party-institute", EvaluationResult.Adjust) with { MajorAdjustment = true });
        var newProcedure = Assert.Single(adjusted.Evaluations).NewProcedureId!.Value;

        var successor = await api.GetAsync(newProcedure);
        Assert.Equal((published.Id, DecisionStatus.Drafting, published.CatalogueItemId), (successor.PreviousDecisionId, successor.Status, successor.CatalogueItemId));

        await Problems.AssertRefusedAsync(await api.PostAsync(published.Id, "evaluations", Evaluation("third-party-institute", EvaluationResult.Stop)), "DEC-10");
        var stopped = await api.StepAsync(published.Id, "evaluations", Evaluation("third-party-institute", EvaluationResult.Stop) with { Reason = "政策目标已无法实现。" });
        Assert.Equal((DecisionStatus.Stopped, "政策目标已无法实现。"), (stopped.Status, stopped.StopReason));
    }

    internal static EvaluationRequest Evaluation(string evaluatorUnit, EvaluationResult result, bool majorLoss = false) =>
        new(EvaluationTrigger.ManyObjections, evaluatorUnit, "评估组", "实施效果评估报告……", result, MajorLoss: majorLoss);
}
