using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>Thrown when a member of staff creates a record for a unit they do not act for (403).</summary>
public sealed class ActingUnitException(string chinese, string english) : Exception(english)
{
    /// <summary>The reason in Chinese, as a client reads it by default; <see cref="Exception.Message"/> is the English one.</summary>
    public string Chinese { get; } = chinese;
}

/// <summary>The unit the caller acts for, for endpoints that create a record of a unit named in the request.</summary>
public static class ActingUnit
{
    /// <summary>Whether the caller acts for <paramref name="unitId"/>.</summary>
    public static bool ActsFor(HttpContext http, string unitId) => CallerClaims.UnitOf(http.User) == unitId;

    /// <summary>Staff create records for their own unit only.</summary>
    public static void Require(HttpContext http, string unitId)
    {
        if (!ActsFor(http, unitId))
        {
            var acting = CallerClaims.UnitOf(http.User);
            throw new ActingUnitException($"您代表的是{acting ?? "（无单位）"}，不是{unitId}。", $"You act for {acting ?? "no unit"}, not {unitId}.");
        }
    }

    /// <summary>
    /// A record of the caller's unit that a request names in its body (the catalogue a procedure starts
    /// from). Another unit's record answers 404 exactly as one that does not exist, as on a route (ADR 0010).
    /// </summary>
    public static async Task<TRecord> OwnRecordAsync<TRecord>(IQueryable<TRecord> records, Guid id, HttpContext http, string name, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        await records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } found && ActsFor(http, found.UnitId)
            ? found
            : throw new RecordNotFoundException($"未找到记录 {id}。", $"{name} {id} not found.");
}
