using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.FairCompetition;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>What a decision needs besides comment: the flags chosen when it is opened.</summary>
public sealed record DecisionKind(bool Risk = false, bool Experts = false, bool Market = false, bool ReformPilot = false);

/// <summary>Drives the decisions API as a staff console would, one procedure step per method.</summary>
public sealed class DecisionsApi(DecisionsServiceFactory service) : IDisposable
{
    public const string Assessor = "district-stability-office";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Client { get; } = service.CreateClient();

    /// <summary>The supervising body's legal office (the district's 司法局), which records accountability (DEC-11).</summary>
    public HttpClient Supervisor { get; } = service.CreateClientFor("district-justice", BuildingBlocks.Access.Roles.LegalOffice);

    public DecisionsServiceFactory Service => service;

    public static string NewUnit(string prefix = "unit") => $"{prefix}-{Guid.NewGuid():N}"[..20];

    public async Task<CatalogueResponse> CatalogueAsync(string unitId, params string[] items)
    {
        Client.ActingFor(unitId);
        var catalogue = await ReadAsync<CatalogueResponse>(await Client.PostAsJsonAsync("/api/decisions/catalogues", new CreateCatalogueRequest(unitId, 2026)), HttpStatusCode.Created);
        foreach (var title in items)
        {
            catalogue = await ReadAsync<CatalogueResponse>(await Client.PostAsJsonAsync($"/api/decisions/catalogues/{catalogue.Id}/items", new AddCatalogueItemRequest(title, null, "lead-" + unitId)));
        }

        return catalogue;
    }

    public Task<HttpResponseMessage> PublishCatalogueAsync(Guid id, PublishCatalogueRequest request) =>
        Client.PostAsJsonAsync($"/api/decisions/catalogues/{id}/publish", request);

    public static PublishCatalogueRequest Approval => new("中共南城区委员会", "区委常委会议纪要〔2026〕3号", new DateOnly(2026, 2, 10));

    public async Task<CatalogueResponse> PublishedCatalogueAsync(string? unitId = null) =>
        await ReadAsync<CatalogueResponse>(await PublishCatalogueAsync((await CatalogueAsync(unitId ?? NewUnit(), "老旧小区改造三年行动方案")).Id, Approval));

    public Task<HttpResponseMessage> TryOpenAsync(Guid catalogueId, Guid itemId, DecisionKind? kind = null)
    {
        var k = kind ?? new DecisionKind();
        return Client.PostAsJsonAsync("/api/decisions", new OpenDecisionRequest(catalogueId, itemId, "老旧小区改造三年行动方案", "第一条 为改善居民居住条件，制定本方案。", k.Risk, k.Experts, k.Market, k.ReformPilot));
    }

    public async Task<DecisionResponse> OpenAsync(DecisionKind? kind = null)
    {
        var catalogue = await PublishedCatalogueAsync();
        return await ReadAsync<DecisionResponse>(await TryOpenAsync(catalogue.Id, catalogue.Items[0].Id, kind), HttpStatusCode.Created);
    }

    public Task<HttpResponseMessage> PostAsync(Guid id, string step, object? body = null) =>
        Client.PostAsJsonAsync($"/api/decisions/{id}/{step}", body ?? new { });

    public async Task<DecisionResponse> StepAsync(Guid id, string step, object? body = null) => await ReadAsync<DecisionResponse>(await PostAsync(id, step, body));

    public async Task<DecisionResponse> GetAsync(Guid id) => (await Client.GetFromJsonAsync<DecisionResponse>($"/api/decisions/{id}", Json))!;

    public async Task<List<CommentResponse>> CommentsAsync(Guid id) => (await Client.GetFromJsonAsync<List<CommentResponse>>($"/api/decisions/{id}/comments", Json))!;

    /// <summary>A comment from the public: anonymous, or signed in as the citizen <paramref name="citizen"/>.</summary>
    public async Task<HttpResponseMessage> CommentAsync(Guid id, string? citizen = null, string content = "建议增加加装电梯的补贴标准。")
    {
        using var client = citizen is null ? service.CreateAnonymousClient() : service.CreateClient().ActingAsCitizen(citizen);
        return await client.PostAsJsonAsync($"/api/decisions/{id}/comments", new SubmitCommentRequest(null, content));
    }

    /// <summary>Opens 30 days of comment from today, and takes the comments given.</summary>
    public async Task<DecisionResponse> OpenCommentAsync(Guid id, params string[] comments)
    {
        var opened = await StepAsync(id, "comment-period", new OpenConsultationRequest(service.Today, service.Today.AddDays(29)));
        foreach (var comment in comments)
        {
            Assert.Equal(HttpStatusCode.Created, (await CommentAsync(id, content: comment)).StatusCode);
        }

        return opened;
    }

    /// <summary>Moves past the period's end and waits for its timer to close it.</summary>
    public async Task<DecisionResponse> RunOutCommentAsync(Guid id)
    {
        service.Advance(31);
        return await Eventually.Until(() => GetAsync(id), d => d.Status == DecisionStatus.CommentClosed, "the comment period closed by itself");
    }

    /// <summary>Comment opened, run out, every comment disposed of and the dispositions published.</summary>
    public async Task<DecisionResponse> ConsultedAsync(Guid id, int comments = 1)
    {
        await OpenCommentAsync(id, [.. Enumerable.Range(1, comments).Select(i => $"意见{i}：建议分期实施。")]);
        await RunOutCommentAsync(id);
        foreach (var comment in await CommentsAsync(id))
        {
            await StepAsync(id, $"comments/{comment.Id}/disposition", new DisposeCommentRequest(CommentDisposition.Adopted, null));
        }

        return await StepAsync(id, "comment-dispositions");
    }

    public static RiskAssessmentRequest Risk(bool controllable = true, string contingency = "成立应急处置小组。") =>
        new(Assessor, ["施工期间出行不便"], ["分批施工"], contingency, RiskLevel.Medium, controllable);

    public static ExpertOpinionRequest Expert(string name = "陈教授", bool? interest = false, string? signedBy = "陈教授") =>
        new(name, "城市规划", interest, interest is null ? null : "本人声明与本决策事项无直接利害关系。", "方案可行。", signedBy);

    /// <summary>Opened and consulted, with the experts, risk report and fair-competition review its kind needs.</summary>
    public async Task<DecisionResponse> ReadyForReviewAsync(DecisionKind? kind = null)
    {
        var k = kind ?? new DecisionKind();
        var decision = await OpenAsync(k);
        if (k.Experts)
        {
            await StepAsync(decision.Id, "expert-opinions", Expert());
        }

        if (k.Risk)
        {
            await StepAsync(decision.Id, "risk-assessment", Risk());
        }

        if (k.Market)
        {
            await StepAsync(decision.Id, "fair-competition-review", new FairCompetitionReviewRequest("未发现排除、限制竞争的内容。"));
        }

        return await ConsultedAsync(decision.Id);
    }

    public static LegalityReviewRequest<DecisionLegalityChecklist> Review(LegalityConclusion conclusion, DecisionLegalityChecklist? checklist = null) =>
        new(checklist ?? new DecisionLegalityChecklist(false, false, false, false), conclusion, "经审查，同意。");

    public async Task<DecisionResponse> ReviewedAsync(DecisionKind? kind = null, LegalityConclusion conclusion = LegalityConclusion.Lawful)
    {
        var decision = await ReadyForReviewAsync(kind);
        await StepAsync(decision.Id, "legality-review/submission");
        return await StepAsync(decision.Id, "legality-review", Review(conclusion));
    }

    /// <summary>On the agenda of a meeting held today, so its minutes can be recorded without moving the clock.</summary>
    public AgendaRequest Agenda(string? reformPilotLegalRisk = null) => new(service.Today, reformPilotLegalRisk);

    public async Task<DecisionResponse> OnAgendaAsync(DecisionKind? kind = null)
    {
        var decision = await ReviewedAsync(kind);
        return await StepAsync(decision.Id, "agenda", Agenda());
    }

    /// <summary>Minutes of today's meeting: three members and the head (last), with the given stances.</summary>
    public CollectiveMeetingRequest Meeting(
        MeetingOutcome outcome, Stance first = Stance.Agrees, Stance second = Stance.Agrees, Stance third = Stance.Agrees, string? headReason = null, bool? legalOfficeHeadAttended = true) =>
        new(service.Today, MeetingType.Executive, outcome, "区政府常务会议审议。",
            [new(1, "副区长 刘伟", false, first), new(2, "副区长 孙丽", false, second), new(3, "副区长 王刚", false, third), new(4, "区长 周明", true, Stance.Agrees)],
            headReason, legalOfficeHeadAttended);

    public async Task<DecisionResponse> AdoptedAsync(DecisionKind? kind = null, Stance second = Stance.Agrees)
    {
        var decision = await OnAgendaAsync(kind);
        return await StepAsync(decision.Id, "collective-decision", Meeting(MeetingOutcome.Adopted, second: second));
    }

    public async Task<DecisionResponse> PublishedAsync(DecisionKind? kind = null, Stance second = Stance.Agrees)
    {
        var decision = await AdoptedAsync(kind, second);
        return await StepAsync(decision.Id, "publication", new PublishDecisionRequest("共收到意见1条，已采纳。"));
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public void Dispose()
    {
        Client.Dispose();
        Supervisor.Dispose();
    }
}
