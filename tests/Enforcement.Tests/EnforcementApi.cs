using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>
/// Drives the enforcement API as the district's apps would: the legal office keeps the registry, a
/// unit's officers handle its cases. <see cref="SetUpUnitAsync"/> gives each test a unit of its own
/// with a penalty power, certified officers and a published benchmark.
/// </summary>
public sealed class EnforcementApi(EnforcementServiceFactory service) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The legal office (and admin), acting for no unit: keeps the registry, reviews every unit.</summary>
    public HttpClient Registry { get; } = service.CreateClient();

    /// <summary>The public, with no token.</summary>
    public HttpClient Public { get; } = service.CreateAnonymousClient();

    /// <summary>An officer and head of the test's unit (after <see cref="SetUpUnitAsync"/>).</summary>
    public HttpClient Unit { get; private set; } = service.CreateClient();

    public string UnitId { get; private set; } = "";

    public PowerResponse Power { get; private set; } = null!;

    /// <summary>Two investigators, a presider who did not investigate, a qualified legal reviewer.</summary>
    public List<OfficerResponse> Officers { get; } = [];

    public DateOnly Today => service.Today;

    public static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public async Task SetUpUnitAsync(bool benchmark = true, PowerKind kind = PowerKind.Penalty)
    {
        UnitId = "unit-" + Guid.NewGuid().ToString("N")[..10];
        Unit = service.CreateClientFor(UnitId, Roles.EnforcementOfficer, Roles.UnitHead, Roles.UnitStaff);
        await CreatedAsync<EnforcingUnitResponse>(await Registry.PostAsJsonAsync("/api/enforcement/units", new RegisterEnforcingUnitRequest(UnitId, "测试执法局" + UnitId[^4..])));
        Power = await RegisterPowerAsync(UnitId, "P" + UnitId[^8..], kind);
        foreach (var (name, reviewer) in new[] { ("张明", false), ("李华", false), ("王芳", false), ("赵律", true) })
        {
            Officers.Add(await CertifyAsync(name, Today.AddYears(-1), Today.AddYears(3), reviewer));
        }

        if (benchmark)
        {
            await PublishBenchmarkAsync(Power.Id);
        }
    }

    public async Task<PowerResponse> RegisterPowerAsync(string unitId, string code, PowerKind kind = PowerKind.Penalty, string? documentNumber = null, string? clause = null) =>
        await CreatedAsync<PowerResponse>(await Registry.PostAsJsonAsync("/api/enforcement/powers", new RegisterPowerRequest(unitId, code, kind,
            new PowerBasisRequest("对未按规定查验进货凭证的处罚", Today.AddYears(-1), "《中华人民共和国食品安全法》第一百二十六条", documentNumber, clause, "权责清单公布"))));

    public async Task<OfficerResponse> CertifyAsync(string name, DateOnly from, DateOnly until, bool reviewer = false) =>
        await CreatedAsync<OfficerResponse>(await Registry.PostAsJsonAsync("/api/enforcement/officers",
            new CertifyOfficerRequest(UnitId, name, "C" + Guid.NewGuid().ToString("N")[..12], from, until, reviewer)));

    /// <summary>Drafts and publishes a benchmark (minor 0–5,000; ordinary 5,000–20,000; serious 20,000–50,000), effective today.</summary>
    public async Task<BenchmarkResponse> PublishBenchmarkAsync(Guid powerId)
    {
        var draft = await CreatedAsync<BenchmarkResponse>(await Unit.PostAsJsonAsync("/api/enforcement/benchmarks", new DraftBenchmarkRequest(powerId, "裁量基准",
        [
            new(Circumstance.Minor, 0, 5000, "首次违法、及时改正"),
            new(Circumstance.Ordinary, 5000, 20000, "一般情形"),
            new(Circumstance.Serious, 20000, 50000, "情节严重"),
        ])));
        return await OkAsync<BenchmarkResponse>(await Unit.PostAsJsonAsync($"/api/enforcement/benchmarks/{draft.Id}/publish", new PublishBenchmarkRequest(Today)));
    }

    public Task<HttpResponseMessage> TryOpenAsync(DateOnly openedOn, DateOnly? actOn = null, IReadOnlyList<Guid>? officers = null, bool onTheSpot = false, PartyKind party = PartyKind.Organisation,
        bool lifeHealthOrFinance = false, bool complex = false, string? partyAccount = null, Guid? powerId = null) =>
        Unit.PostAsJsonAsync("/api/enforcement/cases", new OpenCaseRequest(
            UnitId, powerId ?? Power.Id, "南城区某餐饮店", party, partyAccount, "检查发现未查验进货凭证", actOn ?? openedOn.AddDays(-3), openedOn,
            officers ?? [Officers[0].Id, Officers[1].Id], lifeHealthOrFinance, onTheSpot, MajorPublicInterest: false, complex, LawRequiresReview: false));

    public async Task<CaseResponse> OpenAsync(DateOnly openedOn, bool onTheSpot = false, PartyKind party = PartyKind.Organisation, bool complex = false, string? partyAccount = null, Guid? powerId = null) =>
        await CreatedAsync<CaseResponse>(await TryOpenAsync(openedOn, onTheSpot: onTheSpot, party: party, complex: complex, partyAccount: partyAccount, powerId: powerId));

    public Task<HttpResponseMessage> PostAsync(Guid caseId, string step, object body) => Unit.PostAsJsonAsync($"/api/enforcement/cases/{caseId}/{step}", body);

    public async Task<CaseResponse> StepAsync(Guid caseId, string step, object body) => await OkAsync<CaseResponse>(await PostAsync(caseId, step, body));

    public Task<CaseResponse> EvidenceAsync(Guid caseId, DateOnly on, string file = "现场检查笔录.pdf") =>
        StepAsync(caseId, "evidence", new RecordEvidenceRequest(file, "application/pdf", 1024, Sha(file + caseId), on, Officers[0].Id, "现场检查笔录"));

    public Task<CaseResponse> NoticeAsync(Guid caseId, DateOnly on, decimal amount = 8000) =>
        StepAsync(caseId, "notice", new NotifyPartyRequest(on, "违反《食品安全法》第五十三条", new Penalty(PenaltyKind.Fine, amount)));

    public Task<HttpResponseMessage> TryDecideAsync(Guid caseId, DateOnly on, decimal amount = 8000, Circumstance circumstance = Circumstance.Ordinary, string? overrideReason = null, PenaltyKind kind = PenaltyKind.Fine) =>
        PostAsync(caseId, "decision", new DecideCaseRequest(on, new Penalty(kind, amount), circumstance, overrideReason));

    /// <summary>Opened 40 days ago, evidence, notice 30 days ago (the hearing window long closed): ready for a decision.</summary>
    public async Task<CaseResponse> NotifiedCaseAsync(decimal proposed = 8000, string? partyAccount = null, Guid? powerId = null)
    {
        var opened = await OpenAsync(Today.AddDays(-40), partyAccount: partyAccount, powerId: powerId);
        await EvidenceAsync(opened.Id, Today.AddDays(-38));
        return await NoticeAsync(opened.Id, Today.AddDays(-30), proposed);
    }

    /// <summary>A case taken from opening to closing, decided at <paramref name="amount"/> today.</summary>
    public async Task<CaseResponse> ClosedCaseAsync(decimal amount = 8000, string? partyAccount = null)
    {
        var notified = await NotifiedCaseAsync(amount, partyAccount);
        await OkAsync<CaseResponse>(await TryDecideAsync(notified.Id, Today, amount));
        await StepAsync(notified.Id, "service", new ServeDecisionRequest(Today, "直接送达"));
        await StepAsync(notified.Id, "execution", new StepRequest(Today, "已缴纳罚款"));
        return await StepAsync(notified.Id, "closure", new StepRequest(Today, null));
    }

    public async Task<CaseResponse> GetCaseAsync(Guid caseId) => (await Unit.GetFromJsonAsync<CaseResponse>($"/api/enforcement/cases/{caseId}", Json))!;

    public static async Task<T> CreatedAsync<T>(HttpResponseMessage response) => await ReadAsync<T>(response, HttpStatusCode.Created);

    public static async Task<T> OkAsync<T>(HttpResponseMessage response) => await ReadAsync<T>(response, HttpStatusCode.OK);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public void Dispose()
    {
        Registry.Dispose();
        Public.Dispose();
        Unit.Dispose();
    }
}
