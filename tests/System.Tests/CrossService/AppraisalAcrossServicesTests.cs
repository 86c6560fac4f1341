using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.Appraisal.Domain;
using RuleOfLaw.Appraisal.Features;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.Contracts.Clocks;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Contracts.Reconsideration;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;
using Rec = RuleOfLaw.Reconsideration.Features;
using RecDomain = RuleOfLaw.Reconsideration.Domain;

namespace RuleOfLaw.SystemTests.CrossService;

/// <summary>
/// APP-1/APP-2 across the district: one unit goes through the documents, enforcement and reconsideration services,
/// and the appraisal service, which hears them only through events, changes that unit's scores at each step, each
/// score listing exactly the events that produced it. All services share one test clock, moved instead of waited for.
/// </summary>
public sealed class AppraisalAcrossServicesTests : IAsyncLifetime
{
    /// <summary>Wednesday 4 March 2026, 10:00 in Beijing.</summary>
    private static readonly DateTimeOffset Start = new(2026, 3, 4, 2, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly DocumentsHost _documents;
    private readonly EnforcementHost _enforcement;
    private readonly ReconsiderationHost _reconsideration;
    private readonly AppraisalHost _appraisal;

    public AppraisalAcrossServicesTests()
    {
        _documents = new DocumentsHost { Time = _time };
        _enforcement = new EnforcementHost { Time = _time };
        _reconsideration = new ReconsiderationHost { Time = _time };
        _appraisal = new AppraisalHost { Time = _time };
        foreach (var settings in new[] { _documents.Settings, _enforcement.Settings, _reconsideration.Settings, _appraisal.Settings })
        {
            // The test sweeps the clocks itself, after each move of time.
            settings["Clocks:SweeperEnabled"] = "false";
        }
    }

    private DateOnly Today => StatutoryTime.Today(_time);

    public async Task InitializeAsync() => await Task.WhenAll(_documents.InitializeAsync(), _enforcement.InitializeAsync(), _reconsideration.InitializeAsync(), _appraisal.InitializeAsync());

    public async Task DisposeAsync()
    {
        await _documents.DisposeAsync();
        await _enforcement.DisposeAsync();
        await _reconsideration.DisposeAsync();
        await _appraisal.DisposeAsync();
    }

    [Fact]
    public async Task APP_2_a_unit_s_scores_change_with_a_late_filing_an_overturned_enforcement_decision_and_a_missed_clock_each_explained_by_those_events()
    {
        var unit = Units.New();
        using var appraiser = _appraisal.CreateClientFor(null, Roles.AppraisalAdmin);
        var created = await appraiser.PostAsJsonAsync("/api/appraisal/cycles", new CreateCycleRequest(Start.Year, "2026年度依法行政考核",
        [
            new IndicatorRequest("A", "依法行政", 1, null, 100, null),
            new IndicatorRequest("A1", "文件、期限与纠错", 2, "A", 100, null),
            new IndicatorRequest("A1a", "规范性文件按时备案率", 3, "A1", 40, Computation.DocumentsFiledOnTime),
            new IndicatorRequest("A1b", "法定期限遵守", 3, "A1", 30, Computation.StatutoryClocksMissed),
            new IndicatorRequest("A1c", "行政复议纠错率", 3, "A1", 30, Computation.ReconsiderationCorrectionRate),
        ]));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var scoresPath = $"/api/appraisal/cycles/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}/units/{unit}/scores";
        async Task<Dictionary<string, (decimal Score, Guid[] Events)>> ScoresAsync() =>
            (await appraiser.GetFromJsonAsync<JsonElement>(scoresPath)).GetProperty("units").EnumerateArray().SelectMany(u => u.GetProperty("indicators").EnumerateArray())
                .ToDictionary(i => i.GetProperty("indicatorCode").GetString()!, i => (i.GetProperty("score").GetDecimal(), i.GetProperty("eventIds").EnumerateArray().Select(e => e.GetGuid()).Order().ToArray()));
        Task<Dictionary<string, (decimal Score, Guid[] Events)>> ScoresReachAsync(Func<Dictionary<string, (decimal Score, Guid[] Events)>, bool> reached, string what) =>
            Eventually.Until(ScoresAsync, reached, what);
        Assert.Empty(await ScoresAsync());

        // A normative document published by the unit: its 15 filing days start.
        var document = await _documents.DraftAsync(unit, title: "关于规范行政执法公示的通知", affectsRights: false);
        await _documents.PublishAsync(unit, document.Id, on: Today);

        // An enforcement case the unit opens, overturned by a reconsideration that revokes it.
        var enforcementCase = await OpenEnforcementCaseAsync(unit);
        var reconsideration = await RevokeInReconsiderationAsync(unit, enforcementCase);
        var decided = await EvidenceAsync(reconsideration, typeof(ReconsiderationDecided));
        var scores = await ScoresReachAsync(s => s.ContainsKey("A1c") && s["A1c"].Events.Length == 1, "the reconsideration decision is scored");
        Assert.Equal(0m, scores["A1c"].Score);
        Assert.Equal([decided], scores["A1c"].Events);
        using var officer = _enforcement.CreateClientFor(unit, Roles.EnforcementOfficer);
        await Eventually.Until(
            () => officer.GetFromJsonAsync<CaseResponse>($"/api/enforcement/cases/{enforcementCase}", Json.Options),
            c => c!.ReconsiderationOutcome == "Revoked",
            "enforcement marks the overturned case");

        // Day 16 after publication: the filing clock has run out on its own.
        _time.Advance(TimeSpan.FromDays(16));
        await SweepAsync();
        var filingMissed = await EvidenceAsync(document.Id, typeof(StatutoryDeadlineElapsed));
        scores = await ScoresReachAsync(s => s["A1a"].Events.Length == 1 && s["A1b"].Events.Length == 1, "the missed filing clock is scored");
        Assert.Equal((0m, 90m), (scores["A1a"].Score, scores["A1b"].Score));
        Assert.Equal([filingMissed], scores["A1a"].Events);
        Assert.Equal([filingMissed], scores["A1b"].Events);

        // The late filing: it replaces the missed clock as the document's filing; the missed clock still counts as missed.
        using var staff = _documents.CreateClientFor(unit);
        var filing = await staff.PostAsJsonAsync($"/api/documents/{document.Id}/filing", new { });
        Assert.True(filing.IsSuccessStatusCode, await filing.Content.ReadAsStringAsync());
        var lateFiling = await EvidenceAsync(document.Id, typeof(DocumentFiled));
        scores = await ScoresReachAsync(s => s["A1a"].Events.SequenceEqual([lateFiling]), "the late filing is scored");
        Assert.Equal(0m, scores["A1a"].Score);

        // Day 100 after opening: the enforcement case's 90-day decision clock has run out.
        _time.Advance(TimeSpan.FromDays(84));
        await SweepAsync();
        var decisionMissed = await EvidenceAsync(enforcementCase, typeof(StatutoryDeadlineElapsed));
        scores = await ScoresReachAsync(s => s["A1b"].Events.Length == 2, "the missed decision clock is scored");
        Assert.Equal(80m, scores["A1b"].Score);
        Assert.Equal(new[] { filingMissed, decisionMissed }.Order(), scores["A1b"].Events);

        // Every score is explained by exactly those events, and the total by the scores.
        var final = await appraiser.GetFromJsonAsync<JsonElement>(scoresPath);
        var unitScores = Assert.Single(final.GetProperty("units").EnumerateArray());
        Assert.Equal(
            new[] { decided, filingMissed, lateFiling, decisionMissed }.Order(),
            unitScores.GetProperty("indicators").EnumerateArray().SelectMany(i => i.GetProperty("eventIds").EnumerateArray().Select(e => e.GetGuid())).Distinct().Order());
        Assert.Equal((0.4m * 0m) + (0.3m * 80m) + (0.3m * 0m), unitScores.GetProperty("total").GetDecimal());
    }

    /// <summary>The id of the one event of <paramref name="type"/> about <paramref name="recordId"/> the appraisal service holds, once it has it.</summary>
    private async Task<Guid> EvidenceAsync(Guid recordId, Type type)
    {
        var name = type.FullName!;
        var found = await Eventually.Until(
            () => _appraisal.WithDbAsync(db => db.Evidence.AsNoTracking().Where(e => e.RecordId == recordId && e.EventType == name).Select(e => e.EventId).ToListAsync()),
            ids => ids.Count > 0,
            $"appraisal holds the {type.Name} of {recordId}");
        return Assert.Single(found);
    }

    /// <summary>What each service's sweeper would do on the day the test clock shows.</summary>
    private async Task SweepAsync()
    {
        await Sweeper<NormativeDocuments.Data.DocumentsDbContext>(_documents).SweepAsync(CancellationToken.None);
        await Sweeper<Enforcement.Data.EnforcementDbContext>(_enforcement).SweepAsync(CancellationToken.None);
        await Sweeper<Reconsideration.Data.ReconsiderationDbContext>(_reconsideration).SweepAsync(CancellationToken.None);
    }

    private static ClockSweeper<TContext> Sweeper<TContext>(Testing.ServiceFactory<TContext> host)
        where TContext : ServiceDbContext =>
        host.Services.GetRequiredService<ClockSweeper<TContext>>();

    private async Task<Guid> OpenEnforcementCaseAsync(string unit)
    {
        using var registry = _enforcement.CreateClient();
        (await registry.PostAsJsonAsync("/api/enforcement/units", new RegisterEnforcingUnitRequest(unit, "南城区市场监督管理局"))).EnsureSuccessStatusCode();
        var power = (await (await registry.PostAsJsonAsync("/api/enforcement/powers", new RegisterPowerRequest(unit, "P" + unit[^8..], PowerKind.Penalty,
            new PowerBasisRequest("对未按规定查验进货凭证的处罚", Today.AddYears(-1), "《中华人民共和国食品安全法》第一百二十六条", null, null, "权责清单公布")))).Content.ReadFromJsonAsync<PowerResponse>(Json.Options))!;
        var officers = new List<Guid>();
        foreach (var name in new[] { "张明", "李华" })
        {
            var certified = await registry.PostAsJsonAsync("/api/enforcement/officers", new CertifyOfficerRequest(unit, name, "C" + Guid.NewGuid().ToString("N")[..12], Today.AddYears(-1), Today.AddYears(3), false));
            officers.Add((await certified.Content.ReadFromJsonAsync<OfficerResponse>(Json.Options))!.Id);
        }

        using var officer = _enforcement.CreateClientFor(unit, Roles.EnforcementOfficer);
        var opened = await officer.PostAsJsonAsync("/api/enforcement/cases", new OpenCaseRequest(
            unit, power.Id, "南城区某餐饮店", PartyKind.Organisation, null, "未查验进货凭证", Today.AddDays(-3), Today, officers, false, false, false, false, false));
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        return (await opened.Content.ReadFromJsonAsync<CaseResponse>(Json.Options))!.Id;
    }

    /// <summary>A party's reconsideration of the case's act, decided Revoked; the unit then reports its compliance in time.</summary>
    private async Task<Guid> RevokeInReconsiderationAsync(string unit, Guid enforcementCase)
    {
        using var citizen = _reconsideration.CreateClient().ActingAsCitizen("赵六");
        using var office = _reconsideration.CreateClient();
        var applied = await citizen.PostAsJsonAsync("/api/reconsideration/cases", new Rec.ApplyRequest(
            unit, "南市监罚〔2026〕40号", "罚款决定", false, Today.AddDays(-2), Today.AddDays(-1), true, 8000m, "撤销罚款决定", enforcementCase, null, null, null), Json.Options);
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync());
        var caseId = (await applied.Content.ReadFromJsonAsync<Rec.CaseResponse>(Json.Options))!.Id;
        foreach (var (step, body) in new (string, object)[]
        {
            ("acceptance", new Rec.AcceptCaseRequest(Today, RecDomain.ProcedureKind.Ordinary, null, false)),
            ("officers", new Rec.AssignOfficersRequest(["复议员李静", "复议员王磊"])),
            ("copy", new Rec.StepRequest(Today, null)),
            ("decision", new Rec.DecideCaseRequest(Today, RecDomain.Outcome.Revoked, "认定事实不清，证据不足", null)),
            ("compliance", new Rec.ReasonedStepRequest(Today, "已撤销原罚款决定并退还罚款")),
        })
        {
            var response = await office.PostAsync($"/api/reconsideration/cases/{caseId}/{step}", JsonContent.Create(body, body.GetType(), options: Json.Options));
            Assert.True(response.IsSuccessStatusCode, $"{step}: {await response.Content.ReadAsStringAsync()}");
        }

        return caseId;
    }
}
