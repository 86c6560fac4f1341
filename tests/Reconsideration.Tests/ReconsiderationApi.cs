using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>
/// Drives the reconsideration API as the district's apps would: a citizen applies and follows their
/// case, the reconsideration office handles it. Each test gets a citizen and a respondent unit of its own.
/// </summary>
public sealed class ReconsiderationApi(ReconsiderationServiceFactory service) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The reconsideration office (and admin), acting for no unit.</summary>
    public HttpClient Office { get; } = service.CreateClient();

    public string CitizenName { get; } = "申请人" + Guid.NewGuid().ToString("N")[..8];

    public HttpClient Citizen => _citizen ??= service.CreateClient().ActingAsCitizen(CitizenName);

    public string RespondentUnitId { get; } = "unit-" + Guid.NewGuid().ToString("N")[..10];

    public DateOnly Today => service.Today;

    private HttpClient? _citizen;

    public ApplyRequest Application(
        DateOnly? learnedOn = null, bool toldOfRight = true, decimal? amount = 8000m, bool failureToAct = false, string? lateReason = null,
        string act = "南市监罚〔2026〕12号", Guid? enforcementCaseId = null, string? documentNumber = null) =>
        new(RespondentUnitId, act, "对申请人处以罚款的行政处罚决定", failureToAct, (learnedOn ?? Today.AddDays(-10)).AddDays(-2), learnedOn ?? Today.AddDays(-10), toldOfRight,
            amount, "请求撤销该决定", enforcementCaseId, documentNumber, documentNumber is null ? null : ["第五条"], lateReason);

    public Task<HttpResponseMessage> TryApplyAsync(ApplyRequest request, HttpClient? client = null) =>
        (client ?? Citizen).PostAsync("/api/reconsideration/cases", request, Guid.NewGuid().ToString(), Json);

    public async Task<CaseResponse> ApplyAsync(ApplyRequest? request = null) => await CreatedAsync<CaseResponse>(await TryApplyAsync(request ?? Application()));

    /// <summary>Applied and accepted today, in the given procedure.</summary>
    public async Task<CaseResponse> AcceptedAsync(ProcedureKind procedure = ProcedureKind.Ordinary, SimplifiedGround? ground = null, bool major = false, ApplyRequest? request = null)
    {
        var applied = await ApplyAsync(request);
        return await StepAsync(applied.Id, "acceptance", new AcceptCaseRequest(Today, procedure, ground, major));
    }

    /// <summary>Accepted, two officers, copy sent: ready for a decision.</summary>
    public async Task<CaseResponse> ReadyAsync(ApplyRequest? request = null)
    {
        var accepted = await AcceptedAsync(request: request);
        await StepAsync(accepted.Id, "officers", new AssignOfficersRequest(["复议员李静", "复议员王磊"]));
        return await StepAsync(accepted.Id, "copy", new StepRequest(Today, null));
    }

    public Task<HttpResponseMessage> PostAsync(Guid caseId, string step, object body, HttpClient? client = null) =>
        (client ?? Office).PostAsync($"/api/reconsideration/cases/{caseId}/{step}", body, Guid.NewGuid().ToString(), Json);

    public async Task<CaseResponse> StepAsync(Guid caseId, string step, object body, HttpClient? client = null) => await OkAsync<CaseResponse>(await PostAsync(caseId, step, body, client));

    public async Task<CaseResponse> GetAsync(Guid caseId, HttpClient? client = null) => await OkAsync<CaseResponse>(await (client ?? Office).GetAsync($"/api/reconsideration/cases/{caseId}"));

    public static DeadlineResponse Deadline(CaseResponse c, string kind) => c.Deadlines.Last(d => d.Kind == kind);

    /// <summary>The end of a period in calendar days: a last day on a weekend moves to the next working day.</summary>
    public static DateOnly DaysAfter(DateOnly from, int days) => WorkingCalendar.WeekendsOnly.EndOfPeriod(from, days, PeriodUnit.CalendarDays);

    public static DateOnly WorkingDaysAfter(DateOnly from, int days) => WorkingCalendar.WeekendsOnly.EndOfPeriod(from, days, PeriodUnit.WorkingDays);

    /// <summary>The events the case put in the outbox, by type name.</summary>
    public async Task<List<string>> EventsAsync(Guid caseId)
    {
        var messages = await service.WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).Select(m => new { m.MessageType, m.Body }).ToListAsync());
        return [.. messages.Where(m => m.Body.Contains(caseId.ToString(), StringComparison.Ordinal)).Select(m => m.MessageType)];
    }

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
        Office.Dispose();
        _citizen?.Dispose();
    }
}
