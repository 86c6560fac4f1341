using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Enforcement.Features;

/// <summary><c>?from=&amp;to=&amp;page=&amp;pageSize=</c>: the caller's unit's licence decisions, by the day decided.</summary>
public sealed record LicenceQuery(DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 20) : IPagedQuery, IPeriodQuery;

internal sealed class LicenceQueryValidator : PagedQueryValidator<LicenceQuery>
{
    public LicenceQueryValidator() => this.EndsNotBeforeItStarts();
}

/// <summary>The licence register names applicants, so it is the unit's staff's only; the public reads the statistics.</summary>
internal static class ReadLicences
{
    public static void Map(RouteGroupBuilder licences)
    {
        licences.MapGet("/{id:guid}", (Guid id, EnforcementDbContext db, CancellationToken ct) => db.Licences.ShowAsync(id, LicenceResponse.From, ct))
            .ForOwnUnit<LicenceDecision>(CaseRoles.UnitStaff)
            .WithName("GetLicenceDecision")
            .WithSummary("A licence decision of the caller's unit, with the applicant (staff of the unit only; ENF-10).");

        licences.MapGet("/", async ([AsParameters] LicenceQuery query, EnforcementDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var unit = CallerClaims.UnitOf(http.User);
            var found = db.Licences.AsNoTracking()
                .Where(l => l.UnitId == unit && (query.From == null || l.DecidedOn >= query.From) && (query.To == null || l.DecidedOn <= query.To))
                .OrderByDescending(l => l.DecidedOn).ThenBy(l => l.Id);
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(found, LicenceResponse.From, ct));
        })
        .Validate<LicenceQuery>()
        .ForRoles(CaseRoles.UnitStaff)
        .WithName("ListLicenceDecisions")
        .WithSummary("The caller's unit's licence register, newest first (?from=&to=; staff of the unit only; ENF-10).");

        licences.MapHistory(nameof(LicenceDecision)).ForOwnUnit<LicenceDecision>(CaseRoles.UnitStaff);
    }
}
