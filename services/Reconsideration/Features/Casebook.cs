using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>A typical case as the public casebook shows it: no applicant, no case file.</summary>
public sealed record CasebookEntry(string Number, string RespondentUnitId, Outcome? Outcome, DateOnly? DecidedOn, string Summary);

/// <summary><c>?page=&amp;pageSize=</c>.</summary>
public sealed record CasebookQuery(int Page = 1, int PageSize = 20) : IPagedQuery;

internal sealed class CasebookQueryValidator : PagedQueryValidator<CasebookQuery>;

internal static class Casebook
{
    public static void Map(RouteGroupBuilder reconsideration) =>
        reconsideration.MapGet("/casebook", async ([AsParameters] CasebookQuery query, ReconsiderationDbContext db, CancellationToken ct) =>
        {
            var typical = db.Cases.AsNoTracking().Where(c => c.TypicalSummary != null).OrderByDescending(c => c.DecidedOn).ThenBy(c => c.Number)
                .Select(c => new CasebookEntry(c.Number, c.RespondentUnitId, c.Outcome, c.DecidedOn, c.TypicalSummary!));
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(typical, ct));
        })
        .Validate<CasebookQuery>()
        .WithName("ReconsiderationCasebook")
        .WithSummary("REC-8: the published casebook of typical cases, anonymised (public).");
}
