using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using RuleOfLaw.BuildingBlocks.Errors;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>
/// The public query (DOC-12). <c>q</c>: words of the title or text (Chinese works: see ChineseText);
/// <c>inForceOn</c>: documents in force on that day; <c>registerOn</c>: as the register showed it at
/// the end of that day (with <c>inForceOn</c>: "what did the register show on Y about X").
/// </summary>
public sealed record DocumentQuery(
    string? Q = null,
    string? Number = null,
    string? UnitId = null,
    DocumentStatus? Status = null,
    DateOnly? PublishedFrom = null,
    DateOnly? PublishedTo = null,
    DateOnly? InForceOn = null,
    DateOnly? RegisterOn = null,
    int Page = 1,
    int PageSize = 20) : IPagedQuery;

internal sealed class DocumentQueryValidator : AbstractValidator<DocumentQuery>
{
    public DocumentQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Number).MaximumLength(60);
        RuleFor(x => x.UnitId).MaximumLength(RecordMapping.UnitIdLength);
        Include(new PagingRules());
        RuleFor(x => x.RegisterOn).Null().When(x => x.Status is not null).WithMessage(_ => ProblemLanguage.Text("查询过去的登记簿应按日期，而不是按当前状态。", "A past register is queried by dates, not by today's status."));
    }
}

/// <summary>
/// A page of the register. <c>total</c> counts every match, except where <c>totalIsEstimate</c> is
/// true: a query matching many thousands of documents answers PostgreSQL's estimate of their number
/// instead of counting them all (decision 0020).
/// </summary>
public sealed record RegisterPage(IReadOnlyList<RegisterItem> Items, int Total, bool TotalIsEstimate, int PageNumber, int PageSize);

/// <summary>The public register (DOC-12): today's, or as it was recorded on a day.</summary>
internal static class SearchDocuments
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapGet("/", async ([AsParameters] DocumentQuery query, DocumentsDbContext db, CancellationToken ct) =>
            TypedResults.Ok(query.RegisterOn is { } registerOn
                ? await AsRecordedAsync(db, query, registerOn, ct)
                : await CurrentAsync(db, query, ct)))
        .Validate<DocumentQuery>()
        .CacheOutput(RegisterCache.Policy)
        .WithTags("Public register")
        .WithName("SearchDocuments")
        .WithSummary("Searches published documents by words (Chinese), number, unit, status and dates; in force on a day; as recorded on a day (DOC-12).");

    /// <summary>
    /// A query the planner expects to match at least this many documents per document it must show
    /// (page × page size) is "common": walking the newest first and testing each document's terms finds
    /// the page sooner than collecting every match from the GIN index and sorting them, and its total
    /// is the planner's estimate instead of a count of tens of thousands of rows (decision 0020).
    /// </summary>
    internal const int CommonMatchesPerShownDocument = 250;

    private static async Task<RegisterPage> CurrentAsync(DocumentsDbContext db, DocumentQuery query, CancellationToken ct)
    {
        var rows = db.DocumentSearch.AsNoTracking();
        if (query.Number is { Length: > 0 } number)
        {
            rows = rows.Where(s => s.Number == number.Trim());
        }

        if (query.UnitId is { Length: > 0 } unit)
        {
            rows = rows.Where(s => s.UnitId == unit);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(s => s.Status == status);
        }

        if (query.PublishedFrom is { } publishedFrom)
        {
            rows = rows.Where(s => s.PublishedOn >= publishedFrom);
        }

        if (query.PublishedTo is { } publishedTo)
        {
            rows = rows.Where(s => s.PublishedOn <= publishedTo);
        }

        if (query.InForceOn is { } day)
        {
            rows = rows.Where(s => s.EffectiveFrom <= day && day <= s.ExpiresOn && (s.LeftForceOn == null || day < s.LeftForceOn));
        }

        // The planner's estimate for the other conditions, times the words' share of the register.
        var estimate = await EstimatedRowsAsync(db, rows, ct);
        if (query.Q is { Length: > 0 } words && ChineseText.QueryTerms(words) is { Count: > 0 } terms)
        {
            var tsQuery = string.Join(" & ", terms);
            rows = rows.Where(s => s.SearchVector.Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
            estimate = await TermShares.OfAsync(db, terms, ct) is { } share ? (long)(estimate * share) : await EstimatedRowsAsync(db, rows, ct);
        }

        var skip = (query.Page - 1) * query.PageSize;
        var shown = rows.OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.NumberSequence).Skip(skip).Take(query.PageSize);
        if (estimate >= (long)CommonMatchesPerShownDocument * (skip + query.PageSize))
        {
            var found = await shown.ToListAsync(ct);
            var total = (int)Math.Min(int.MaxValue, Math.Max(estimate, skip + found.Count));
            return new RegisterPage(await ShowAsync(db, found, ct), total, TotalIsEstimate: true, query.Page, query.PageSize);
        }

        // Fewer matches: all of them from the GIN index, then sorted. The planner would still walk the
        // date index for a few hundred matches (it does not count reading each row's tsvector), so the
        // walk is switched off for this transaction only.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_indexscan = off", token);
            var total = await rows.CountAsync(token);
            var found = await shown.ToListAsync(token);
            await transaction.CommitAsync(token);
            return new RegisterPage(await ShowAsync(db, found, token), total, TotalIsEstimate: false, query.Page, query.PageSize);
        }, ct);
    }

    /// <summary>The planner's estimate of the rows <paramref name="query"/> returns (EXPLAIN, nothing executed).</summary>
    private static async Task<long> EstimatedRowsAsync<T>(DocumentsDbContext db, IQueryable<T> query, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = query.CreateDbCommand();
            command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
            using var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync(ct))!);
            return (long)plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The page's documents as register lines: their title, suspended clauses and version from the documents themselves.</summary>
    private static async Task<List<RegisterItem>> ShowAsync(DocumentsDbContext db, List<DocumentSearchRow> found, CancellationToken ct)
    {
        var ids = found.Select(s => s.DocumentId).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Title, Clauses = d.SuspendedClauses.Select(c => c.Clause).ToList(), Version = d.Versions.Count })
            .ToDictionaryAsync(d => d.Id, ct);
        return [.. found.Select(s =>
        {
            var d = documents[s.DocumentId];
            return new RegisterItem(s.DocumentId, s.Number, d.Title, s.UnitId, s.Status, s.PublishedOn, s.EffectiveFrom, s.ExpiresOn, s.LeftForceOn, d.Clauses, d.Version);
        })];
    }

    /// <summary>The register as it stood at the end of <paramref name="registerOn"/> (China Standard Time): the last entry of each document recorded by then.</summary>
    private static async Task<RegisterPage> AsRecordedAsync(DocumentsDbContext db, DocumentQuery query, DateOnly registerOn, CancellationToken ct)
    {
        var endOfDay = new DateTimeOffset(registerOn.AddDays(1).ToDateTime(TimeOnly.MinValue), StatutoryTime.ChinaStandardTime).ToUniversalTime();
        var latest = db.Register.AsNoTracking()
            .Where(e => e.RecordedAt < endOfDay)
            .Where(e => e.RecordedAt == db.Register.Where(o => o.DocumentId == e.DocumentId && o.RecordedAt < endOfDay).Max(o => o.RecordedAt));
        if (query.Number is { Length: > 0 } number)
        {
            latest = latest.Where(e => e.Number == number.Trim());
        }

        if (query.UnitId is { Length: > 0 } unit)
        {
            latest = latest.Where(e => e.UnitId == unit);
        }

        if (query.InForceOn is { } day)
        {
            latest = latest.Where(e => e.EffectiveFrom <= day && day <= e.ExpiresOn && (e.LeftForceOn == null || day < e.LeftForceOn));
        }

        if (query.Q is { Length: > 0 } words && ChineseText.QueryTerms(words) is { Count: > 0 } terms)
        {
            var tsQuery = string.Join(" & ", terms);
            var matching = db.DocumentSearch.Where(s => s.SearchVector.Matches(EF.Functions.ToTsQuery("simple", tsQuery))).Select(s => s.DocumentId);
            latest = latest.Where(e => matching.Contains(e.DocumentId));
        }

        var page = await new PageRequest(query.Page, query.PageSize).ApplyAsync(
            latest.OrderByDescending(e => e.EffectiveFrom).ThenBy(e => e.Number)
                .Join(db.Documents, e => e.DocumentId, d => d.Id, (e, d) => new RegisterItem(
                    e.DocumentId, e.Number, e.Title, e.UnitId, e.Status, d.PublishedOn!.Value, e.EffectiveFrom, e.ExpiresOn, e.LeftForceOn, e.SuspendedClauses, e.VersionNumber)),
            ct);
        return new RegisterPage(page.Items, page.Total, TotalIsEstimate: false, page.PageNumber, page.PageSize);
    }
}

/// <summary>
/// The share of the published documents that contain a query's words, from PostgreSQL's statistics of
/// <c>document_search</c> (the 10,000 commonest terms, decision 0020). The planner multiplies the
/// shares of a word's bigrams as if they were independent, and so takes 突发事件 (29,000 matches) for a
/// rare word; the bigrams of one word occur together, so the word's share is near that of its rarest
/// bigram. Read once per database and again after ten minutes.
/// </summary>
internal static class TermShares
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private static readonly ConcurrentDictionary<string, Statistics> Read = new(StringComparer.Ordinal);

    /// <summary>The share of the register containing all of <paramref name="terms"/>; null while the table has no statistics.</summary>
    public static async Task<double?> OfAsync(DocumentsDbContext db, IReadOnlyList<string> terms, CancellationToken ct)
    {
        var database = db.Database.GetConnectionString() ?? "";
        if (!Read.TryGetValue(database, out var statistics) || Stopwatch.GetElapsedTime(statistics.ReadAt) > MaxAge)
        {
            statistics = await ReadAsync(db, ct);
            Read[database] = statistics;
        }

        return statistics.Shares.Count == 0 ? null : terms.Min(t => statistics.Shares.GetValueOrDefault(t, statistics.Floor));
    }

    private static async Task<Statistics> ReadAsync(DocumentsDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = """
                SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats
                WHERE schemaname = current_schema() AND tablename = 'document_search' AND attname = 'search_vector'
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            var shares = new Dictionary<string, double>(StringComparer.Ordinal);
            var floor = 0d;
            if (await reader.ReadAsync(ct) && !reader.IsDBNull(0))
            {
                // The frequencies follow the terms, then their minimum, maximum and the share of nulls.
                var elements = reader.GetFieldValue<string[]>(0);
                var frequencies = reader.GetFieldValue<float[]>(1);
                for (var i = 0; i < elements.Length; i++)
                {
                    shares[elements[i]] = frequencies[i];
                }

                floor = frequencies[elements.Length] / 2; // a term not among them is rarer than the rarest of them
            }

            return new Statistics(Stopwatch.GetTimestamp(), shares, floor);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Statistics(long ReadAt, IReadOnlyDictionary<string, double> Shares, double Floor);
}
