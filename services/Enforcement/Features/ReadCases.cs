using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Enforcement.Features;

/// <summary><c>?status=&amp;flagged=&amp;page=&amp;pageSize=</c>: the caller's cases (their unit's, every unit's for the legal office, their own as a party).</summary>
public sealed record CaseQuery(CaseStatus? Status, bool? Flagged, int Page = 1, int PageSize = 20) : IPagedQuery;

internal sealed class CaseQueryValidator : PagedQueryValidator<CaseQuery>;

internal static class ReadCases
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}", (Guid id, EnforcementDbContext db, HttpContext http, CancellationToken ct) =>
            db.Cases.ShowAsync(id, c => CaseAccess.MayRead(http, c), c =>
            {
                ETags.Set(http, c);
                return CaseResponse.From(c);
            }, ct))
        .RequireAuthorization()
        .WithName("GetCase")
        .WithSummary("A case file: staff of its unit and the legal office; the party sees their own case (anyone else: 404).");

        cases.MapGet("/", async ([AsParameters] CaseQuery query, EnforcementDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var user = http.User;
            var unit = CallerClaims.UnitOf(user);
            var subject = user.FindFirst(ClaimNames.Subject)?.Value;
            var everyUnit = user.IsInRole(Roles.LegalOffice) || user.IsInRole(Roles.Admin);
            var staff = CaseRoles.UnitStaff.Any(user.IsInRole);
            var visible = db.Cases.AsNoTracking()
                .Where(c => everyUnit || (staff && c.UnitId == unit) || (subject != null && c.PartyAccount == subject))
                .Where(c => query.Status == null || c.Status == query.Status)
                .Where(c => query.Flagged == null || (c.BasisFlag != null || c.OutsideBenchmark || c.PenaltyOutlier || c.ReconsiderationOutcome != null || c.DecisionOverdue) == query.Flagged)
                .OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Number);
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(visible, CaseResponse.From, ct));
        })
        .Validate<CaseQuery>()
        .RequireAuthorization()
        .WithName("ListCases")
        .WithSummary("The cases the caller may see: their unit's (staff), every unit's (legal office), their own (a party); ?flagged=true for supervision.");
    }
}
