using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.History;

/// <summary>One history entry. Its reason is public: process information stays in the record, shown per <see cref="RecordView"/>.</summary>
public sealed record HistoryItem(DateTimeOffset At, string Actor, string? From, string To, string? Reason);

public static class HistoryEndpoints
{
    /// <summary>Maps <c>GET {id}/history</c> on a resource group: every state change of the record, oldest first.</summary>
    public static RouteHandlerBuilder MapHistory(this IEndpointRouteBuilder group, string recordType) =>
        group.MapGet("/{id:guid}/history", async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> (Guid id, ServiceDbContext db, CancellationToken ct) =>
            await ReadAsync(db, recordType, id, ct))
        .WithName($"Get{recordType}History")
        .WithSummary($"History of a {recordType}: who changed it, when, from which state to which, and why.");

    /// <summary>
    /// As <see cref="MapHistory(IEndpointRouteBuilder, string)"/>, for a record that is the unit's
    /// process information until <paramref name="shownToPublic"/> (a catalogue until published): until then
    /// its history answers 404 to anyone who does not see the full record.
    /// </summary>
    public static RouteHandlerBuilder MapHistory<TRecord>(this IEndpointRouteBuilder group, Func<TRecord, bool> shownToPublic)
        where TRecord : AggregateRoot =>
        group.MapGet("/{id:guid}/history", async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> (Guid id, ServiceDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var record = await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
            if (record is null || (!shownToPublic(record) && RecordViews.For(http, record.UnitId) != RecordView.Full))
            {
                return TypedResults.NotFound();
            }

            return await ReadAsync(db, typeof(TRecord).Name, id, ct);
        })
        .WithName($"Get{typeof(TRecord).Name}History")
        .WithSummary($"History of a {typeof(TRecord).Name}: who changed it, when, from which state to which, and why.");

    /// <summary>Every state change of one record, oldest first, for an endpoint that decides itself who may read it.</summary>
    public static async Task<IReadOnlyList<HistoryItem>> ListAsync(ServiceDbContext db, string recordType, Guid id, CancellationToken ct) =>
        await db.History.AsNoTracking()
            .Where(h => h.RecordId == id && h.RecordType == recordType)
            .OrderBy(h => h.Id)
            .Select(h => new HistoryItem(h.At, h.Actor, h.From, h.To, h.Reason))
            .ToListAsync(ct);

    private static async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> ReadAsync(ServiceDbContext db, string recordType, Guid id, CancellationToken ct) =>
        await ListAsync(db, recordType, id, ct) is { Count: > 0 } items ? TypedResults.Ok(items) : TypedResults.NotFound();
}
