using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Enforcement.Features;

/// <summary><c>?page=&amp;pageSize=</c>, the soonest deadline first.</summary>
public sealed record CaseWorkQuery(int Page = 1, int PageSize = 50) : IPagedQuery;

internal sealed class CaseWorkQueryValidator : PagedQueryValidator<CaseWorkQuery>;

/// <summary>A case on a unit's desk: where it stands and the statutory clocks that still count on it.</summary>
public sealed record CaseInProgress(
    Guid Id, string Number, string UnitId, CaseStatus Status, string PowerName, string PartyName, DateOnly OpenedOn,
    IReadOnlyList<DeadlineResponse> Deadlines);

/// <summary>
/// The enforcement work list: the caller's unit's cases not yet closed, and closed cases whose decision must still
/// be withdrawn (ENF-7), each with its clocks that still count — running, paused, or elapsed and not yet met: the
/// 90-day decision (ENF-4), the 7-day service (ENF-4), the 3-day withdrawal (ENF-7). Unit staff and officers see
/// their own unit's; the legal office and administrators every unit's. The soonest deadline comes first.
/// </summary>
internal static class ListCasesInProgress
{
    private static readonly CaseStatus[] Finished = [CaseStatus.Closed, CaseStatus.Archived];

    private static readonly ClockStatus[] Counting = [ClockStatus.Running, ClockStatus.Paused, ClockStatus.Elapsed];

    public static void Map(RouteGroupBuilder cases) =>
        cases.MapGet("/in-progress", async ([AsParameters] CaseWorkQuery query, EnforcementDbContext db, HttpContext http, CancellationToken ct) =>
        {
            // The legal office supervises every unit's enforcement, as it reads every unit's cases.
            var unit = RecordViews.SeesEveryUnit(http, Roles.LegalOffice) ? null : CallerClaims.UnitOf(http.User) ?? "";
            var counting = db.Clocks.Where(k => k.RecordType == CaseClocks.RecordType && Counting.Contains(k.Status) && k.ReportsOverdue);
            var open = db.Cases.AsNoTracking()
                .Where(c => unit == null || c.UnitId == unit)
                .Where(c => !Finished.Contains(c.Status) || (c.WithdrawalDueOn != null && c.WithdrawnOn == null))
                .OrderBy(c => counting.Where(k => k.RecordId == c.Id).Min(k => (DateOnly?)k.DueDate) ?? DateOnly.MaxValue)
                .ThenBy(c => c.OpenedOn).ThenBy(c => c.Number);
            var page = await PageRequest.Of(query).ApplyAsync(open, ct);
            var ids = page.Items.Select(c => c.Id).ToList();
            var clocks = (await counting.AsNoTracking().Where(k => ids.Contains(k.RecordId)).ToListAsync(ct)).ToLookup(k => k.RecordId);
            return TypedResults.Ok(new Page<CaseInProgress>(
                [.. page.Items.Select(c => new CaseInProgress(c.Id, c.Number, c.UnitId, c.Status, c.PowerName, c.PartyName, c.OpenedOn, DeadlineResponse.Of(clocks[c.Id])))],
                page.Total, page.PageNumber, page.PageSize));
        })
        .ForRoles([.. CaseRoles.UnitStaff, Roles.LegalOffice, Roles.Admin])
        .Validate<CaseWorkQuery>()
        .WithName("ListCasesInProgress")
        .WithSummary("The caller's unit's open enforcement cases (every unit's for the legal office) with their statutory clocks, the soonest deadline first.");
}
