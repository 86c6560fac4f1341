using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>Loads the officers a request names; an id that names no registered officer answers 404.</summary>
internal static class CaseOfficers
{
    public static async Task<List<Officer>> LoadAsync(EnforcementDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var officers = await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        var missing = ids.Except(officers.Select(o => o.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new RecordNotFoundException($"以下人员不是已登记的执法人员：{string.Join("、", missing)}。", $"Not registered officers: {string.Join(", ", missing)}.");
        }

        return officers;
    }

    public static async Task<Officer> LoadAsync(EnforcementDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [id], cancellationToken)).Single();
}
