using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>The registry's records a request names in its body: one that does not exist answers 404, like an unknown id on a route.</summary>
internal static class RegistryLookups
{
    public static async Task<EnforcingUnit> UnitAsync(EnforcementDbContext db, string unitId, CancellationToken cancellationToken) =>
        await db.Units.SingleOrDefaultAsync(u => u.UnitId == unitId, cancellationToken)
            ?? throw new RecordNotFoundException($"{unitId} 不是已登记的行政执法主体。", $"{unitId} is not a registered enforcing unit.");

    public static async Task<Power> PowerAsync(EnforcementDbContext db, Guid powerId, CancellationToken cancellationToken) =>
        await db.Powers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == powerId, cancellationToken)
            ?? throw new RecordNotFoundException($"{powerId} 不是已登记的执法职权。", $"{powerId} is not a registered power.");
}
