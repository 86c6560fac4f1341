using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;
using Rec = RuleOfLaw.Reconsideration.Features;
using RecDomain = RuleOfLaw.Reconsideration.Domain;

namespace RuleOfLaw.SystemTests.CrossService;

/// <summary>
/// REC-9 ↔ DOC-14 and REC-7 across services: a reconsideration case asks the documents service to review
/// a normative document and takes the result back; its decision revoking an enforcement decision marks
/// that case in enforcement. Each service hears the others only through events.
/// </summary>
public sealed class ReconsiderationRoundTripTests(EnforcementHost enforcement, ReconsiderationHost reconsideration)
    : IClassFixture<EnforcementHost>, IClassFixture<ReconsiderationHost>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>
    /// On a broker of its own: every documents host of the test run answers an incidental review it
    /// receives (one about a number it does not hold as DocumentNotFound), and a case takes the first answer.
    /// </summary>
    [Fact]
    public async Task REC_9_an_incidental_review_goes_to_the_documents_service_and_its_result_comes_back_into_the_case()
    {
        await using var broker = await Reliability.RestartableBroker.CreateAsync();
        await using var documents = new DocumentsHost { RabbitMqConnectionString = broker.ConnectionString };
        await using var isolated = new ReconsiderationHost { RabbitMqConnectionString = broker.ConnectionString };
        await documents.InitializeAsync();
        await isolated.InitializeAsync();
        var issuer = Units.New();
        var draft = await documents.DraftAsync(issuer, title: "关于餐饮服务许可管理的规定", affectsRights: false);
        await documents.PublishAsync(issuer, draft.Id);
        using var legalOffice = documents.CreateClient();
        var number = (await legalOffice.GetFromJsonAsync<DocumentResponse>($"/api/documents/{draft.Id}", Json.Options))!.Number!;

        using var citizen = isolated.CreateClient().ActingAsCitizen("王五");
        using var office = isolated.CreateClient();
        var applied = await citizen.PostAsJsonAsync("/api/reconsideration/cases", new Rec.ApplyRequest(
            "district-market-regulation", "南市监许〔2026〕8号", "不予许可决定", false, Today.AddDays(-10), Today.AddDays(-5), true, null, "撤销不予许可决定",
            null, number, ["第一条"], null), Json.Options);
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync());
        var caseId = (await applied.Content.ReadFromJsonAsync<Rec.CaseResponse>(Json.Options))!.Id;
        var accepted = await office.PostAsJsonAsync($"/api/reconsideration/cases/{caseId}/acceptance", new Rec.AcceptCaseRequest(Today, RecDomain.ProcedureKind.Ordinary, null, false), Json.Options);
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());

        var review = (await Eventually.Until(
            () => legalOffice.GetFromJsonAsync<List<IncidentalReviewResponse>>($"/api/documents/incidental-reviews?caseId={caseId}", Json.Options),
            list => list!.Count == 1,
            "the documents service opens the review"))![0];
        await legalOffice.PostAsync($"/api/documents/incidental-reviews/{review.Id}/issuer-request", null);
        await legalOffice.PostAsJsonAsync($"/api/documents/incidental-reviews/{review.Id}/issuer-answer", new { text = "该条有上位法依据。" });
        var concluded = await legalOffice.PostAsJsonAsync($"/api/documents/incidental-reviews/{review.Id}/conclusion", new { unlawfulClauses = new[] { "第一条" }, reasoning = "缺乏上位法依据。" });
        Assert.True(concluded.IsSuccessStatusCode, await concluded.Content.ReadAsStringAsync());

        var resumed = await Eventually.Until(
            () => citizen.GetFromJsonAsync<Rec.CaseResponse>($"/api/reconsideration/cases/{caseId}", Json.Options),
            c => !c!.IncidentalReviewPending,
            "the review's result comes back into the case");
        Assert.Equal(RecDomain.CaseStatus.Accepted, resumed!.Status);
        Assert.NotNull(resumed.IncidentalReviewOutcome);
        Assert.Equal(["第一条"], resumed.SuspendedClauses);
    }

    [Fact]
    public async Task REC_7_a_reconsideration_revoking_an_enforcement_decision_marks_that_case_in_enforcement()
    {
        var unit = Units.New();
        using var registry = enforcement.CreateClient();
        (await registry.PostAsJsonAsync("/api/enforcement/units", new RegisterEnforcingUnitRequest(unit, "南城区市场监督管理局"))).EnsureSuccessStatusCode();
        var power = (await (await registry.PostAsJsonAsync("/api/enforcement/powers", new RegisterPowerRequest(unit, "P" + unit[^8..], PowerKind.Penalty,
            new PowerBasisRequest("对未按规定查验进货凭证的处罚", Today.AddYears(-1), "《中华人民共和国食品安全法》第一百二十六条", null, null, "权责清单公布")))).Content.ReadFromJsonAsync<PowerResponse>(Json.Options))!;
        var officers = new List<Guid>();
        foreach (var name in new[] { "张明", "李华" })
        {
            var certified = await registry.PostAsJsonAsync("/api/enforcement/officers", new CertifyOfficerRequest(unit, name, "C" + Guid.NewGuid().ToString("N")[..12], Today.AddYears(-1), Today.AddYears(3), false));
            officers.Add((await certified.Content.ReadFromJsonAsync<OfficerResponse>(Json.Options))!.Id);
        }

        using var officer = enforcement.CreateClientFor(unit, Roles.EnforcementOfficer);
        var opened = await officer.PostAsJsonAsync("/api/enforcement/cases", new OpenCaseRequest(
            unit, power.Id, "南城区某餐饮店", PartyKind.Organisation, null, "未查验进货凭证", Today.AddDays(-3), Today, officers, false, false, false, false, false));
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var enforcementCaseId = (await opened.Content.ReadFromJsonAsync<CaseResponse>(Json.Options))!.Id;

        using var citizen = reconsideration.CreateClient().ActingAsCitizen("赵六");
        using var office = reconsideration.CreateClient();
        var applied = await citizen.PostAsJsonAsync("/api/reconsideration/cases", new Rec.ApplyRequest(
            unit, "南市监罚〔2026〕40号", "罚款决定", false, Today.AddDays(-2), Today.AddDays(-1), true, 8000m, "撤销罚款决定", enforcementCaseId, null, null, null), Json.Options);
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync());
        var caseId = (await applied.Content.ReadFromJsonAsync<Rec.CaseResponse>(Json.Options))!.Id;
        foreach (var (step, body) in new (string, object)[]
        {
            ("acceptance", new Rec.AcceptCaseRequest(Today, RecDomain.ProcedureKind.Ordinary, null, false)),
            ("officers", new Rec.AssignOfficersRequest(["复议员李静", "复议员王磊"])),
            ("copy", new Rec.StepRequest(Today, null)),
            ("decision", new Rec.DecideCaseRequest(Today, RecDomain.Outcome.Revoked, "认定事实不清", null)),
        })
        {
            var response = await office.PostAsync($"/api/reconsideration/cases/{caseId}/{step}", JsonContent.Create(body, body.GetType(), options: Json.Options));
            Assert.True(response.IsSuccessStatusCode, $"{step}: {await response.Content.ReadAsStringAsync()}");
        }

        var marked = await Eventually.Until(
            () => officer.GetFromJsonAsync<CaseResponse>($"/api/enforcement/cases/{enforcementCaseId}", Json.Options),
            c => c!.ReconsiderationOutcome is not null,
            "enforcement marks the case the reconsideration revoked");
        Assert.Equal("Revoked", marked!.ReconsiderationOutcome);
    }
}
