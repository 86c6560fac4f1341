using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>Who may do what (the actor is the token's), and what the public sees of a decision's process information.</summary>
public sealed class AccessAndVisibilityTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_10_only_the_unit_head_suspends()
    {
        using var api = new DecisionsApi(service);
        var published = await api.PublishedAsync();
        var suspend = ExecutionTests.Evaluation("third-party-institute", EvaluationResult.Suspend) with { Reason = "群众反映强烈，暂停执行以便调整。" };

        // Unit staff typing in the head's name is refused: the body names no actor.
        using var staff = Signed(published.UnitId, "科员 李四", Roles.UnitStaff);
        var byStaff = await staff.PostAsJsonAsync($"/api/decisions/{published.Id}/evaluations", new { suspend.Trigger, suspend.EvaluatorUnitId, suspend.Evaluator, suspend.Findings, suspend.Result, suspend.Reason, head = "区长 周明" });
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/decisions/{published.Id}/suspension", new { head = "区长 周明", reason = "暂停" })).StatusCode);
        Assert.Equal(DecisionStatus.Published, (await api.GetAsync(published.Id)).Status);

        // Staff may still record an evaluation that does not suspend.
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/decisions/{published.Id}/evaluations", ExecutionTests.Evaluation("third-party-institute", EvaluationResult.Continue))).StatusCode);

        using var head = Signed(published.UnitId, "区长 周明", Roles.UnitHead);
        var suspended = await DecisionsApi.ReadAsync<DecisionResponse>(await head.PostAsJsonAsync(
            $"/api/decisions/{published.Id}/evaluations", new { suspend.Trigger, suspend.EvaluatorUnitId, suspend.Evaluator, suspend.Findings, suspend.Result, suspend.Reason, head = "冒名" }));
        Assert.Equal((DecisionStatus.Suspended, "区长 周明"), (suspended.Status, suspended.SuspendedBy));

        var other = await api.PublishedAsync();
        using var otherHead = Signed(other.UnitId, "区长 吴军", Roles.UnitHead);
        var direct = await DecisionsApi.ReadAsync<DecisionResponse>(await otherHead.PostAsJsonAsync($"/api/decisions/{other.Id}/suspension", new { head = "冒名", reason = "发生安全事故。" }));
        Assert.Equal((DecisionStatus.Suspended, "区长 吴军"), (direct.Status, direct.SuspendedBy));
    }

    [Fact]
    public async Task Everyone_acts_under_the_name_in_their_token_never_one_in_the_body()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.ReadyForReviewAsync();
        await api.StepAsync(decision.Id, "legality-review/submission");
        using var reviewer = Signed("district-justice", "法制科 赵敏", Roles.LegalOffice);
        var review = DecisionsApi.Review(Procedures.Review.LegalityConclusion.Lawful);
        var reviewed = await DecisionsApi.ReadAsync<DecisionResponse>(await reviewer.PostAsJsonAsync(
            $"/api/decisions/{decision.Id}/legality-review", new { review.Checklist, review.Conclusion, review.Opinion, reviewer = "南城区司法局 张三" }, DecisionsApi.Json));
        Assert.Equal("法制科 赵敏", reviewed.LegalityReview!.Reviewer);
    }

    [Fact]
    public async Task DEC_1_a_procedure_started_from_another_unit_s_catalogue_answers_404_like_one_that_does_not_exist()
    {
        using var api = new DecisionsApi(service);
        var catalogue = await api.PublishedCatalogueAsync();
        using var otherUnit = service.CreateClientFor(DecisionsApi.NewUnit("other"), Roles.UnitStaff, Roles.UnitHead);

        foreach (var (catalogueId, itemId) in new[] { (catalogue.Id, catalogue.Items[0].Id), (Guid.NewGuid(), Guid.NewGuid()) })
        {
            var response = await otherUnit.PostAsJsonAsync("/api/decisions", new OpenDecisionRequest(catalogueId, itemId, "老旧小区改造", "第一条", false, false, false));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var page = await api.Client.GetFromJsonAsync<JsonElement>($"/api/decisions?unitId={catalogue.UnitId}", DecisionsApi.Json);
        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Created, (await api.TryOpenAsync(catalogue.Id, catalogue.Items[0].Id)).StatusCode);
    }

    [Fact]
    public async Task DEC_1_a_catalogue_in_preparation_is_its_unit_s_until_published()
    {
        using var api = new DecisionsApi(service);
        var draft = await api.CatalogueAsync(DecisionsApi.NewUnit(), "南城区停车收费标准调整方案");
        using var anonymous = service.CreateAnonymousClient();
        using var otherUnit = service.CreateClientFor(DecisionsApi.NewUnit("other"), Roles.UnitStaff);

        foreach (var client in new[] { anonymous, otherUnit })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/decisions/catalogues/{draft.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/decisions/catalogues/{draft.Id}/history")).StatusCode);
            var listed = await client.GetFromJsonAsync<JsonElement>($"/api/decisions/catalogues?unitId={draft.UnitId}", DecisionsApi.Json);
            Assert.Equal(0, listed.GetProperty("total").GetInt32());
        }

        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync($"/api/decisions/catalogues/{draft.Id}")).StatusCode);
        await api.PublishCatalogueAsync(draft.Id, DecisionsApi.Approval);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/decisions/catalogues/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/decisions/catalogues/{draft.Id}/history")).StatusCode);
        Assert.Equal(1, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/decisions/catalogues?unitId={draft.UnitId}", DecisionsApi.Json)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task DEC_2_the_draft_is_staff_only_until_its_comment_period_opens()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        using var anonymous = service.CreateAnonymousClient();
        using var otherUnit = service.CreateClientFor(DecisionsApi.NewUnit("other"), Roles.UnitStaff, Roles.UnitHead);
        Assert.Null((await Read(anonymous, decision.Id)).Draft);
        Assert.Null((await Read(otherUnit, decision.Id)).Draft);
        Assert.Equal(decision.Draft, (await api.GetAsync(decision.Id)).Draft);
        Assert.NotNull(decision.Draft);

        await api.StepAsync(decision.Id, "comment-period", new OpenConsultationRequest(service.Today.AddDays(2), service.Today.AddDays(40)));
        Assert.Null((await Read(anonymous, decision.Id)).Draft); // announced, not yet open

        service.Advance(2);
        Assert.Equal(decision.Draft, (await Read(anonymous, decision.Id)).Draft);
    }

    [Fact]
    public async Task DEC_2_comments_appear_in_the_history_with_their_actor()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        await api.OpenCommentAsync(decision.Id);
        var anonymous = await DecisionsApi.ReadAsync<CommentResponse>(await api.CommentAsync(decision.Id), HttpStatusCode.Created);
        var signed = await DecisionsApi.ReadAsync<CommentResponse>(await api.CommentAsync(decision.Id, citizen: "李某"), HttpStatusCode.Created);

        using var publicClient = service.CreateAnonymousClient();
        var history = (await publicClient.GetFromJsonAsync<List<HistoryItem>>($"/api/decisions/{decision.Id}/history", DecisionsApi.Json))!;
        Assert.Contains(history, h => h.Actor == "anonymous" && h.Reason == $"comment {anonymous.Id} received");
        Assert.Contains(history, h => h.Actor == "test-李某" && h.Reason == $"comment {signed.Id} received");
    }

    [Fact]
    public async Task Everyone_process_information_is_staff_only_until_published()
    {
        using var api = new DecisionsApi(service);
        var adopted = await api.AdoptedAsync(new DecisionKind(Risk: true, Experts: true, Market: true), second: Stance.Disagrees);
        using var anonymous = service.CreateAnonymousClient();
        using var otherUnit = service.CreateClientFor(DecisionsApi.NewUnit("other"), Roles.UnitStaff, Roles.UnitHead);

        foreach (var client in new[] { anonymous, otherUnit })
        {
            var seen = await Read(client, adopted.Id);
            Assert.Equal(DecisionStatus.Adopted, seen.Status);
            Assert.NotNull(seen.Draft); // published for comment
            AssertNoReviewsOrOpinions(seen);
            Assert.Equal((MeetingOutcome.Adopted, "", 0), (seen.Meeting!.Outcome, seen.Meeting.Minutes, seen.Meeting.Positions.Count));
            var history = await client.GetStringAsync($"/api/decisions/{adopted.Id}/history");
            foreach (var secret in new[] { "经审查，同意。", "陈教授", "Medium", "Disagrees" })
            {
                Assert.DoesNotContain(secret, history, StringComparison.Ordinal);
            }
        }

        // The unit's staff and the legal office that reviews for it (the district's, for every unit) see the whole record.
        foreach (var client in new[] { api.Client, service.CreateClientFor("district-justice", Roles.LegalOffice) })
        {
            var full = await Read(client, adopted.Id);
            Assert.Equal((1, RiskLevel.Medium, "经审查，同意。", 4), (full.ExpertOpinions.Count, full.RiskAssessment!.Level, full.LegalityReview!.Opinion, full.Meeting!.Positions.Count));
            Assert.NotNull(full.FairCompetitionReview);
        }

        await api.StepAsync(adopted.Id, "publication", new PublishDecisionRequest("共收到意见1条，已采纳。"));
        var published = await Read(anonymous, adopted.Id);
        Assert.Equal(("共收到意见1条，已采纳。", 4, Stance.Disagrees), (published.PublicationExplanation, published.Meeting!.Positions.Count, published.Meeting.Positions[1].Stance));
        AssertNoReviewsOrOpinions(published);

        var archive = (await anonymous.GetFromJsonAsync<ArchiveResponse>($"/api/decisions/{adopted.Id}/archive", DecisionsApi.Json))!.Record;
        var archived = archive.GetProperty("decision");
        Assert.Equal(0, archived.GetProperty("expertOpinions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, archived.GetProperty("riskAssessment").ValueKind);
        Assert.Equal(JsonValueKind.Null, archived.GetProperty("legalityReview").ValueKind);
        Assert.Equal(4, archived.GetProperty("meeting").GetProperty("positions").GetArrayLength());
        Assert.Equal("Adopted", archive.GetProperty("comments")[0].GetProperty("disposition").GetString());
        var staffArchive = (await api.Client.GetFromJsonAsync<ArchiveResponse>($"/api/decisions/{adopted.Id}/archive", DecisionsApi.Json))!.Record.GetProperty("decision");
        Assert.Equal("Medium", staffArchive.GetProperty("riskAssessment").GetProperty("level").GetString());
    }

    private static void AssertNoReviewsOrOpinions(DecisionResponse seen)
    {
        Assert.Empty(seen.ExpertOpinions);
        Assert.Null(seen.RiskAssessment);
        Assert.Null(seen.LegalityReview);
        Assert.Null(seen.FairCompetitionReview);
    }

    private static async Task<DecisionResponse> Read(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<DecisionResponse>($"/api/decisions/{id}", DecisionsApi.Json))!;

    /// <summary>A client signed in as <paramref name="name"/> of <paramref name="unitId"/> with <paramref name="roles"/>.</summary>
    private HttpClient Signed(string unitId, string name, params string[] roles)
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Create(unitId, roles, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30), name: name));
        return client;
    }
}
