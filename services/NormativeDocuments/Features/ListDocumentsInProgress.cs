using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary><c>?page=&amp;pageSize=</c>, the oldest draft first.</summary>
public sealed record InProgressQuery(int Page = 1, int PageSize = 50) : IPagedQuery;

internal sealed class InProgressQueryValidator : PagedQueryValidator<InProgressQuery>;

/// <summary>A document on a unit's desk: where it stands and the statutory clocks running on it.</summary>
public sealed record InProgressItem(Guid Id, string UnitId, string Title, DocumentStatus Status, string? Number, DateOnly DraftedOn, IReadOnlyList<DeadlineResponse> Deadlines);

/// <summary>
/// The unit's work list: its documents not yet published (drafts up to adoption) and its published documents
/// whose filing clock still runs (DOC-9), each with its running statutory clocks (DOC-3 review, DOC-9 filing).
/// Unit staff see their own unit's; a legal office the units it reviews for; administrators every unit's.
/// </summary>
internal static class ListDocumentsInProgress
{
    private static readonly DocumentStatus[] Unpublished =
        [DocumentStatus.Drafted, DocumentStatus.OpenForComment, DocumentStatus.CommentClosed, DocumentStatus.UnderLegalityReview, DocumentStatus.Reviewed, DocumentStatus.Adopted];

    public static void Map(RouteGroupBuilder staff) =>
        staff.MapGet("/in-progress", async ([AsParameters] InProgressQuery query, DocumentsDbContext db, LegalOffices offices, HttpContext http, CancellationToken ct) =>
        {
            var units = UnitsOf(http, offices);
            var running = db.Clocks.Where(k => k.RecordType == DocumentClocks.RecordType && k.Status == ClockStatus.Running && k.ReportsOverdue);
            var documents = db.Documents.AsNoTracking()
                .Where(d => units == null || units.Contains(d.UnitId))
                .Where(d => Unpublished.Contains(d.Status)
                    || (d.Status == DocumentStatus.Published && running.Any(k => k.RecordId == d.Id && k.Kind == DocumentClocks.Filing)))
                .OrderBy(d => d.DraftedAt).ThenBy(d => d.Id);
            var page = await PageRequest.Of(query).ApplyAsync(documents, ct);
            var ids = page.Items.Select(d => d.Id).ToList();
            var clocks = (await running.AsNoTracking().Where(k => ids.Contains(k.RecordId)).ToListAsync(ct)).ToLookup(k => k.RecordId);
            return TypedResults.Ok(new Page<InProgressItem>(
                [.. page.Items.Select(d => new InProgressItem(d.Id, d.UnitId, d.Title, d.Status, d.Number, StatutoryTime.DateOf(d.DraftedAt), DeadlineResponse.Of(clocks[d.Id])))],
                page.Total, page.PageNumber, page.PageSize));
        })
        .ForRoles(Roles.UnitStaff, Roles.UnitHead, Roles.LegalOffice, Roles.Admin)
        .Validate<InProgressQuery>()
        .WithName("ListDocumentsInProgress")
        .WithSummary("The caller's unit's documents in progress (not yet published, or published and not yet filed) with their running statutory clocks; a legal office sees the units it reviews for.");

    /// <summary>The units whose work the caller sees; null for every unit.</summary>
    private static IReadOnlyList<string>? UnitsOf(HttpContext http, LegalOffices offices)
    {
        if (RecordViews.SeesEveryUnit(http))
        {
            return null;
        }

        return CallerClaims.UnitOf(http.User) is not { } unit ? []
            : http.User.IsInRole(Roles.LegalOffice) ? offices.UnitsServedBy(unit)
            : [unit];
    }
}
