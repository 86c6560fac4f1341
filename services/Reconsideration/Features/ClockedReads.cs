using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// How a read shows the records of this service, whose deadlines live in the shared clocks table: each record is
/// handed its clocks before it is shown, the same way for a case and for every other remedy.
/// </summary>
internal static class ClockedReads
{
    /// <summary>One record with its clocks, its version as the ETag.</summary>
    public static async Task<TResponse> ShowWithClocksAsync<TRecord, TResponse>(this ReconsiderationDbContext db, TRecord record, HttpContext http, Func<TRecord, TResponse> show, CancellationToken ct)
        where TRecord : AggregateRoot, IClockedRecord
    {
        record.Attach(await db.Clocks.AsNoTracking().Where(c => c.RecordId == record.Id).ToListAsync(ct));
        ETags.Set(http, record);
        return show(record);
    }

    /// <summary>The page <paramref name="query"/> asks for, each record with its clocks (read for the whole page at once).</summary>
    public static async Task<Page<TResponse>> ShowPageWithClocksAsync<TRecord, TResponse>(this ReconsiderationDbContext db, IQueryable<TRecord> records, IPagedQuery query, Func<TRecord, TResponse> show, CancellationToken ct)
        where TRecord : AggregateRoot, IClockedRecord
    {
        var page = await PageRequest.Of(query).ApplyAsync(records, ct);
        var ids = page.Items.Select(r => r.Id).ToList();
        var clocks = (await db.Clocks.AsNoTracking().Where(c => ids.Contains(c.RecordId)).ToListAsync(ct)).ToLookup(c => c.RecordId);
        foreach (var record in page.Items)
        {
            record.Attach(clocks[record.Id]);
        }

        return new Page<TResponse>([.. page.Items.Select(show)], page.Total, page.PageNumber, page.PageSize);
    }
}
