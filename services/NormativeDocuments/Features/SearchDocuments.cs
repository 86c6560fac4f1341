using NpgsqlTypes;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Errors;

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
        RuleFor(x => x.UnitId).MaximumLength(100);
        Include(new PagingRules());
        RuleFor(x => x.RegisterOn).Null().When(x => x.Status is not null).WithMessage(_ => ProblemLanguage.Text("查询过去的登记簿应按日期，而不是按当前状态。", "A past register is queried by dates, not by today's status."));
    }
}

/// <summary>The public register (DOC-12): today's, or as it was recorded on a day.</summary>
internal static class SearchDocuments
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapGet("/", async ([AsParameters] DocumentQuery query, DocumentsDbContext db, CancellationToken ct) =>
            TypedResults.Ok(query.RegisterOn is { } registerOn
                ? await AsRecordedAsync(db, query, registerOn, ct)
                : await CurrentAsync(db, query, ct)))
        .Validate<DocumentQuery>()
        .WithTags("Public register")
        .WithName("SearchDocuments")
        .WithSummary("Searches published documents by words (Chinese), number, unit, status and dates; in force on a day; as recorded on a day (DOC-12).");

    private static async Task<Page<RegisterItem>> CurrentAsync(DocumentsDbContext db, DocumentQuery query, CancellationToken ct)
    {
        var documents = db.Documents.AsNoTracking().Where(d => d.Number != null);
        if (query.Q is { Length: > 0 } words && ChineseText.QueryTerms(words) is { Count: > 0 } terms)
        {
            var tsQuery = string.Join(" & ", terms);
            documents = documents.Where(d => EF.Property<NpgsqlTsVector>(d, "SearchVector").Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
        }

        if (query.Number is { Length: > 0 } number)
        {
            documents = documents.Where(d => d.Number == number.Trim());
        }

        if (query.UnitId is { Length: > 0 } unit)
        {
            documents = documents.Where(d => d.UnitId == unit);
        }

        if (query.Status is { } status)
        {
            documents = documents.Where(d => d.Status == status);
        }

        if (query.PublishedFrom is { } publishedFrom)
        {
            documents = documents.Where(d => d.PublishedOn >= publishedFrom);
        }

        if (query.PublishedTo is { } publishedTo)
        {
            documents = documents.Where(d => d.PublishedOn <= publishedTo);
        }

        if (query.InForceOn is { } day)
        {
            documents = documents.Where(d => d.EffectiveFrom <= day && day <= d.ExpiresOn && (d.LeftForceOn == null || day < d.LeftForceOn));
        }

        var page = new PageRequest(query.Page, query.PageSize);
        return await page.ApplyAsync(
            documents.OrderByDescending(d => d.PublishedOn).ThenByDescending(d => d.NumberSequence)
                .Select(d => new RegisterItem(d.Id, d.Number!, d.Title, d.UnitId, d.Status, d.PublishedOn!.Value, d.EffectiveFrom!.Value, d.ExpiresOn!.Value, d.LeftForceOn,
                    d.SuspendedClauses.Select(c => c.Clause).ToList(), d.Versions.Count)),
            ct);
    }

    /// <summary>The register as it stood at the end of <paramref name="registerOn"/> (China Standard Time): the last entry of each document recorded by then.</summary>
    private static async Task<Page<RegisterItem>> AsRecordedAsync(DocumentsDbContext db, DocumentQuery query, DateOnly registerOn, CancellationToken ct)
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
            var matching = db.Documents.Where(d => EF.Property<NpgsqlTsVector>(d, "SearchVector").Matches(EF.Functions.ToTsQuery("simple", tsQuery))).Select(d => d.Id);
            latest = latest.Where(e => matching.Contains(e.DocumentId));
        }

        var page = new PageRequest(query.Page, query.PageSize);
        return await page.ApplyAsync(
            latest.OrderByDescending(e => e.EffectiveFrom).ThenBy(e => e.Number)
                .Join(db.Documents, e => e.DocumentId, d => d.Id, (e, d) => new RegisterItem(
                    e.DocumentId, e.Number, e.Title, e.UnitId, e.Status, d.PublishedOn!.Value, e.EffectiveFrom, e.ExpiresOn, e.LeftForceOn, e.SuspendedClauses, e.VersionNumber)),
            ct);
    }
}
