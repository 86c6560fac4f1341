using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>
/// Drives the other remedies (litigation, mediation, petitions, compensation) as the legal/reconsideration organ
/// would; each test gets a unit concerned of its own, whose staff read what concerns them.
/// </summary>
public sealed class RemedyApi(ReconsiderationServiceFactory service) : IDisposable
{
    /// <summary>The legal/reconsideration organ (with admin), acting for no unit.</summary>
    public HttpClient Organ { get; } = service.CreateClient();

    public string UnitId { get; } = "unit-" + Guid.NewGuid().ToString("N")[..10];

    public DateOnly Today => service.Today;

    /// <summary>Staff of the unit concerned (no organ role).</summary>
    public HttpClient UnitStaff => _unitStaff ??= service.CreateClientFor(UnitId, BuildingBlocks.Access.Roles.UnitStaff, BuildingBlocks.Access.Roles.UnitHead);

    private HttpClient? _unitStaff;

    public Task<HttpResponseMessage> PostAsync(string path, object body, HttpClient? client = null, string? key = null) =>
        (client ?? Organ).PostAsync($"/api/reconsideration/{path}", body, key ?? Guid.NewGuid().ToString(), ReconsiderationApi.Json);

    public async Task<T> CreateAsync<T>(string path, object body) => await ReconsiderationApi.CreatedAsync<T>(await PostAsync(path, body));

    public async Task<T> StepAsync<T>(string path, object body) => await ReconsiderationApi.OkAsync<T>(await PostAsync(path, body));

    public async Task<T> GetAsync<T>(string path, HttpClient? client = null) => await ReconsiderationApi.OkAsync<T>(await (client ?? Organ).GetAsync($"/api/reconsideration/{path}"));

    /// <summary>The events the record put in the outbox, by type name.</summary>
    public async Task<List<string>> EventsAsync(Guid recordId)
    {
        var messages = await service.WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).Select(m => new { m.MessageType, m.Body }).ToListAsync());
        return [.. messages.Where(m => m.Body.Contains(recordId.ToString(), StringComparison.Ordinal)).Select(m => m.MessageType.Split('.', StringSplitOptions.None)[^1])];
    }

    public void Dispose()
    {
        Organ.Dispose();
        _unitStaff?.Dispose();
    }
}
