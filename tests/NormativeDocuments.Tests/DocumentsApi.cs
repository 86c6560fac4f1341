using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>Drives the documents API as a front-end app would, one procedure step per method.</summary>
public sealed class DocumentsApi(NormativeDocumentsServiceFactory service) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly LegalityChecklist Clean = new(false, false, false, false, false, false);

    public HttpClient Client { get; } = service.CreateClient();

    /// <summary>The supervising body's legal office (the district's 司法局): filing review, revocation, issuing units, cleanup.</summary>
    public HttpClient Supervisor { get; } = service.CreateClientFor(SupervisingOffice, BuildingBlocks.Access.Roles.LegalOffice);

    public const string SupervisingOffice = "district-justice";

    /// <summary>A member of the public with no token.</summary>
    public HttpClient Public { get; } = service.CreateAnonymousClient();

    public NormativeDocumentsServiceFactory Service => service;

    /// <summary>From now on the client acts for <paramref name="unitId"/>, with every staff role.</summary>
    public void ActFor(string? unitId) => Client.ActingFor(unitId);

    public async Task<string> RegisterUnitAsync(string competence = "市场监管", string? code = null)
    {
        var unitId = "unit-" + Guid.NewGuid().ToString("N")[..10];
        var response = await Supervisor.PostAsJsonAsync("/api/documents/issuing-units", new RegisterIssuingUnitRequest(unitId, code ?? "测" + unitId[^6..], "测试单位" + unitId[^4..], [competence]));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        ActFor(unitId);
        return unitId;
    }

    public Task<HttpResponseMessage> TryDraftAsync(string unitId, string competence = "市场监管", bool affectsRights = false, bool market = false, bool provisional = false, string title = "关于规范市场监管执法的通知", string body = "第一条 为规范执法行为，制定本通知。") =>
        Client.PostAsJsonAsync("/api/documents", new DraftDocumentRequest(unitId, competence, title, body, affectsRights, market, provisional));

    public async Task<DocumentResponse> DraftAsync(string unitId, bool affectsRights = false, bool market = false, bool provisional = false, string title = "关于规范市场监管执法的通知", string body = "第一条 为规范执法行为，制定本通知。") =>
        await ReadAsync(await TryDraftAsync(unitId, affectsRights: affectsRights, market: market, provisional: provisional, title: title, body: body), HttpStatusCode.Created);

    /// <summary>Posts a step as the unit (or, for filing review and revocation, as the supervising body's legal office).</summary>
    public Task<HttpResponseMessage> PostAsync(Guid id, string step, object? body = null) =>
        (step is "filing-review" or "revoke" ? Supervisor : Client).PostAsJsonAsync($"/api/documents/{id}/{step}", body ?? new { });

    public async Task<DocumentResponse> StepAsync(Guid id, string step, object? body = null) => await ReadAsync(await PostAsync(id, step, body));

    public async Task<DocumentResponse> GetAsync(Guid id) => (await Client.GetFromJsonAsync<DocumentResponse>($"/api/documents/{id}", Json))!;

    /// <summary>From a draft not needing comment to adopted: review found lawful, meeting adopted.</summary>
    public async Task<DocumentResponse> AdoptAsync(Guid id)
    {
        await StepAsync(id, "legality-review/submission");
        await StepAsync(id, "legality-review", Review(LegalityConclusion.Lawful));
        return await StepAsync(id, "collective-discussion", Meeting(MeetingOutcome.Adopted));
    }

    public async Task<DocumentResponse> PublishedAsync(string unitId, bool provisional = false, string title = "关于规范市场监管执法的通知", string body = "第一条 为规范执法行为，制定本通知。")
    {
        var draft = await DraftAsync(unitId, provisional: provisional, title: title, body: body);
        await AdoptAsync(draft.Id);
        return await StepAsync(draft.Id, "publish", new PublishRequest(service.Today, service.Today.AddYears(draft.Provisional ? 2 : 5).AddDays(-1)));
    }

    public static LegalityReviewRequest<LegalityChecklist> Review(LegalityConclusion conclusion, LegalityChecklist? checklist = null) =>
        new(checklist ?? Clean, conclusion, "经审核，同意。");

    public CollectiveMeetingRequest Meeting(MeetingOutcome outcome) =>
        new(service.Today, MeetingType.Executive, outcome, "会议讨论，形成决定。");

    public static async Task<DocumentResponse> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(Json))!;
    }

    /// <summary>The answer is 409 problem details naming <paramref name="ruleId"/>.</summary>
    public static Task AssertRefusedAsync(HttpResponseMessage response, string ruleId) => RuleOfLaw.Testing.Problems.AssertRefusedAsync(response, ruleId);

    public void Dispose()
    {
        Client.Dispose();
        Supervisor.Dispose();
        Public.Dispose();
    }
}
