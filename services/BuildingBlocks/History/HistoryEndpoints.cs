using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.History;

public sealed record HistoryItem(DateTimeOffset At, string Actor, string? From, string To, string? Reason);

public static class HistoryEndpoints
{
    /// <summary>Maps <c>GET {id}/history</c> on a resource group: every state change of the record, oldest first.</summary>
    public static RouteHandlerBuilder MapHistory(this IEndpointRouteBuilder group, string recordType) =>
        group.MapGet("/{id:guid}/history", async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> (Guid id, ServiceDbContext db, CancellationToken ct) =>
        {
            var items = await db.History.AsNoTracking()
                .Where(h => h.RecordId == id && h.RecordType == recordType)
                .OrderBy(h => h.Id)
                .Select(h => new HistoryItem(h.At, h.Actor, h.From, h.To, h.Reason))
                .ToListAsync(ct);
            return items.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok<IReadOnlyList<HistoryItem>>(items);
        })
        .WithName($"Get{recordType}History")
        .WithSummary($"History of a {recordType}: who changed it, when, from which state to which, and why.");
}
