using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.Contracts.Decisions;
using RuleOfLaw.Decisions;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Reliability;

/// <summary>The decisions service on a clock the test moves, so a 30-day comment period can run out.</summary>
public sealed class DecisionProcedureHost : ServiceFactory<DecisionsDbContext>
{
    public DecisionProcedureHost()
        : base(DecisionsService.Names)
    {
        Time = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }
}

/// <summary>A subscriber (here the appraisal service) receives the events of a whole decision procedure.</summary>
public sealed class DecisionEventsTests(AppraisalHost appraisal, DecisionProcedureHost decisions) : IClassFixture<AppraisalHost>, IClassFixture<DecisionProcedureHost>
{
    [Fact]
    public async Task A_subscriber_sees_a_decision_from_catalogue_to_suspension()
    {
        var unit = Units.New();
        using var client = decisions.CreateClientFor(unit);
        var today = DateOnly.FromDateTime(decisions.Time!.GetUtcNow().AddHours(8).DateTime);
        var catalogue = await ReadAsync(await client.PostAsJsonAsync("/api/decisions/catalogues", new { unitId = unit, year = today.Year }));
        catalogue = await ReadAsync(await client.PostAsJsonAsync($"/api/decisions/catalogues/{Id(catalogue)}/items", new { title = "老旧小区改造方案", leadUnitId = "lead-" + unit }));
        await ReadAsync(await client.PostAsJsonAsync($"/api/decisions/catalogues/{Id(catalogue)}/publish", new { approvedBy = "区委", reference = "纪要〔2026〕1号", approvedOn = today }));
        var item = catalogue.GetProperty("items")[0].GetProperty("id").GetGuid();
        var decision = Id(await ReadAsync(await client.PostAsJsonAsync("/api/decisions", new
        {
            catalogueId = Id(catalogue), catalogueItemId = item, title = "老旧小区改造方案", draft = "第一条", riskAssessmentRequired = true, expertReviewRequired = false, affectsMarket = false,
        })));

        await Step(client, decision, "comment-period", new { opensOn = today, closesOn = today.AddDays(29) });
        var comment = Id(await ReadAsync(await client.PostAsJsonAsync($"/api/decisions/{decision}/comments", new { content = "建议分期实施。" })));
        await Step(client, decision, "risk-assessment", new
        {
            assessorUnitId = "stability-office", riskPoints = new[] { "出行不便" }, preventionMeasures = new[] { "分批施工" }, contingencyPlan = "应急小组", level = "Low", controllable = true,
        });
        decisions.Time!.Advance(TimeSpan.FromDays(31));
        await Eventually.Until(
            async () => (await ReadAsync(await client.GetAsync($"/api/decisions/{decision}"))).GetProperty("status").GetString(), s => s == "CommentClosed", "the period closed by itself");
        today = today.AddDays(31);
        await Step(client, decision, $"comments/{comment}/disposition", new { disposition = "Adopted" });
        await Step(client, decision, "comment-dispositions", new { });
        await Step(client, decision, "legality-review/submission", new { });
        await Step(client, decision, "legality-review", new
        {
            checklist = new { exceedsStatutoryAuthority = false, violatesStatutoryProcedure = false, conflictsWithLawsOrRegulations = false, reducesRightsOrAddsObligationsWithoutBasis = false },
            conclusion = "Lawful", opinion = "同意",
        });
        await Step(client, decision, "agenda", new { meetingDate = today });
        await Step(client, decision, "collective-decision", new
        {
            meetingDate = today, meetingType = "Executive", outcome = "Adopted", minutes = "通过", legalOfficeHeadAttended = true,
            positions = new object[] { new { order = 1, member = "副区长", isHead = false, stance = "Agrees" }, new { order = 2, member = "区长", isHead = true, stance = "Agrees" } },
        });
        await Step(client, decision, "publication", new { explanation = "意见已采纳。" });
        await Step(client, decision, "evaluations", new
        {
            trigger = "ManyObjections", evaluatorUnitId = "third-party", evaluator = "研究院", findings = "群众反映强烈", result = "Suspend", reason = "暂停以便调整",
        });

        var expected = new[]
        {
            typeof(DecisionCataloguePublished), typeof(DecisionOpened), typeof(DecisionCommentOpened), typeof(DecisionCommentSubmitted), typeof(DecisionRiskAssessed),
            typeof(DecisionCommentClosed),
            typeof(DecisionCommentDispositionsPublished), typeof(DecisionLegalityReviewed), typeof(DecisionSubmittedToMeeting), typeof(DecisionTaken),
            typeof(DecisionPublished), typeof(DecisionSuspended), typeof(DecisionEvaluated),
        };
        var evidence = await appraisal.EvidenceCountReachesAsync(unit, expected.Length);
        Assert.Equal(expected.Select(t => t.FullName).Order(), evidence.Items.Select(e => e.EventType).Order());
    }

    private static Guid Id(System.Text.Json.JsonElement record) => record.GetProperty("id").GetGuid();

    private static async Task Step(HttpClient client, Guid decision, string step, object body) =>
        await ReadAsync(await client.PostAsJsonAsync($"/api/decisions/{decision}/{step}", body));

    private static async Task<System.Text.Json.JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.Clone();
    }
}
