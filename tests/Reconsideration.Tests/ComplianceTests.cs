using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>REC-7: the respondent's compliance and its escalation; REC-8: reports, statistics and the casebook.</summary>
public sealed class ComplianceTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly ReconsiderationApi _api = new(service);

    [Fact]
    public async Task REC_7_a_decision_against_the_respondent_is_complied_with_in_60_days_or_flagged_and_escalated_in_order()
    {
        var ready = await _api.ReadyAsync();
        var decided = await _api.StepAsync(ready.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Revoked, "认定事实不清", null));
        Assert.Equal(ReconsiderationApi.DaysAfter(_api.Today, 60), decided.ComplianceDueOn);
        await Problems.AssertRefusedAsync(await _api.PostAsync(ready.Id, "escalation", new EscalateRequest(Escalation.Order, _api.Today, "责令履行")), "REC-7");

        var letter = await _api.ReadyAsync(_api.Application(act: "南市监罚〔2026〕50号"));
        var issued = await _api.StepAsync(letter.Id, "opinion-letter", new ReasonedStepRequest(_api.Today, "应当纠正告知程序"));
        Assert.Equal(ReconsiderationApi.DaysAfter(_api.Today, 60), issued.ComplianceDueOn);
        var complied = await _api.StepAsync(letter.Id, "compliance", new ReasonedStepRequest(_api.Today, "已整改并报送"));
        Assert.Equal(_api.Today, complied.CompliedOn);

        service.Advance(63);
        var overdue = await Eventually.Until(() => _api.GetAsync(ready.Id), c => c.ComplianceOverdue, "the compliance period ran out");
        Assert.Contains(await _api.EventsAsync(ready.Id), t => t.EndsWith("ReconsiderationCaseFlagged", StringComparison.Ordinal));
        Assert.False((await _api.GetAsync(letter.Id)).ComplianceOverdue);
        await Problems.AssertRefusedAsync(await _api.PostAsync(ready.Id, "escalation", new EscalateRequest(Escalation.PublicNotice, _api.Today, "通报")), "REC-7");
        await _api.StepAsync(ready.Id, "escalation", new EscalateRequest(Escalation.Order, _api.Today, "责令履行"));
        await _api.StepAsync(ready.Id, "escalation", new EscalateRequest(Escalation.MeetingWithHead, _api.Today, "约谈主要负责人"));
        var noticed = await _api.StepAsync(ready.Id, "escalation", new EscalateRequest(Escalation.PublicNotice, _api.Today, "通报批评"));
        Assert.Equal(Escalation.PublicNotice, noticed.Escalation);
        Assert.NotNull(overdue.ComplianceDueOn);
    }

    [Fact]
    public async Task REC_8_statistics_per_respondent_and_outcome_and_an_anonymised_public_casebook()
    {
        var revoked = await _api.ReadyAsync();
        await _api.StepAsync(revoked.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Revoked, "认定事实不清", null));
        var upheld = await _api.ReadyAsync(_api.Application(act: "南市监罚〔2026〕60号"));
        await _api.StepAsync(upheld.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Upheld, "维持", null));
        var refused = await _api.ApplyAsync(_api.Application(act: "南市监罚〔2026〕61号"));
        await _api.StepAsync(refused.Id, "refusal", new RefuseCaseRequest(_api.Today, "超出复议范围", null));

        using var anonymous = service.CreateAnonymousClient();
        var statistics = await anonymous.GetFromJsonAsync<List<RespondentStatistics>>($"/api/reconsideration/statistics?year={_api.Today.Year}", ReconsiderationApi.Json);
        var unit = Assert.Single(statistics!, s => s.RespondentUnitId == _api.RespondentUnitId);
        Assert.Equal((3, 1, 1, 1), (unit.Received, unit.Refused, unit.Outcomes["Revoked"], unit.Outcomes["Upheld"]));
        Assert.Equal(0.5m, unit.CorrectionRate);

        await Problems.AssertRefusedAsync(await _api.PostAsync(refused.Id, "typical", new MarkTypicalRequest("不予受理的案例")), "REC-8");
        await Problems.AssertRefusedAsync(await _api.PostAsync(revoked.Id, "typical", new MarkTypicalRequest($"{_api.CitizenName}不服罚款")), "REC-8");
        using var citizen = service.CreateClient().ActingAsCitizen("旁人");
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.PostAsync(revoked.Id, "typical", new MarkTypicalRequest("某餐饮店不服罚款"), citizen)).StatusCode);
        await _api.StepAsync(revoked.Id, "typical", new MarkTypicalRequest("某餐饮店不服罚款决定，复议机关以事实不清撤销。"));
        var casebook = await anonymous.GetFromJsonAsync<Page<CasebookEntry>>("/api/reconsideration/casebook?pageSize=100", ReconsiderationApi.Json);
        var entry = Assert.Single(casebook!.Items, e => e.Number == revoked.Number);
        Assert.Equal(Outcome.Revoked, entry.Outcome);
        Assert.DoesNotContain(_api.CitizenName, System.Text.Json.JsonSerializer.Serialize(casebook), StringComparison.Ordinal);
        Assert.Contains(await _api.EventsAsync(refused.Id), t => t.EndsWith("ReconsiderationRefused", StringComparison.Ordinal));
    }

    public void Dispose() => _api.Dispose();
}
