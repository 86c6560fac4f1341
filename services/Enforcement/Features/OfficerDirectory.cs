using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Enforcement.Features;

/// <summary><c>?unitId=&amp;name=&amp;certificateNumber=&amp;page=&amp;pageSize=</c>.</summary>
public sealed record OfficerQuery(string? UnitId, string? Name, string? CertificateNumber, int Page = 1, int PageSize = 20) : IPagedQuery;

internal sealed class OfficerQueryValidator : PagedQueryValidator<OfficerQuery>
{
    public OfficerQueryValidator()
    {
        RuleFor(x => x.UnitId).MaximumLength(100);
        RuleFor(x => x.Name).MaximumLength(50);
        RuleFor(x => x.CertificateNumber).MaximumLength(40);
    }
}

internal static class OfficerDirectory
{
    public static void Map(RouteGroupBuilder enforcement)
    {
        enforcement.MapGet("/officers", async ([AsParameters] OfficerQuery query, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var today = StatutoryTime.Today(time);
            var officers = db.Officers.AsNoTracking()
                .Where(o => query.UnitId == null || o.UnitId == query.UnitId)
                .Where(o => query.Name == null || o.Name.Contains(query.Name))
                .Where(o => query.CertificateNumber == null || o.CertificateNumber == query.CertificateNumber)
                .OrderBy(o => o.UnitId).ThenBy(o => o.CertificateNumber);
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(officers, o => OfficerResponse.From(o, today), ct));
        })
        .Validate<OfficerQuery>()
        .WithName("OfficerDirectory")
        .WithSummary("The public directory of officers: name, certificate number, unit, validity (ENF-2).");

        enforcement.MapGet("/officers/{id:guid}", (Guid id, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
            db.Officers.ShowAsync(id, officer => OfficerResponse.From(officer, StatutoryTime.Today(time)), ct))
        .WithName("GetOfficer")
        .WithSummary("One officer of the public directory (ENF-2).");

        enforcement.MapGet("/training-coverage", async (int? year, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var reported = year ?? StatutoryTime.Today(time).Year;
            var officers = await db.Officers.AsNoTracking().ToListAsync(ct);
            return TypedResults.Ok(TrainingCoverage.Of(officers, reported));
        })
        .WithName("TrainingCoverage")
        .WithSummary("Per unit, the share of the year's serving officers who completed a training (?year=, default this year; public, ENF-3).");
    }
}
