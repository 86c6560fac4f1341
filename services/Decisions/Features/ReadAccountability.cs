using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Decisions.Features;

public sealed record AccountabilityQuery(string? UnitId, Guid? DecisionId, int Page = 1, int PageSize = 20) : IUnitPagedQuery;

internal sealed class AccountabilityQueryValidator : UnitPagedQueryValidator<AccountabilityQuery>;

/// <summary>Reading accountability records (DEC-11): public, with their history.</summary>
internal static class ReadAccountability
{
    public static void Map(RouteGroupBuilder records)
    {
        records.MapGet("/", async ([AsParameters] AccountabilityQuery query, DecisionsDbContext db, CancellationToken ct) =>
        {
            var found = db.AccountabilityRecords.AsNoTracking()
                .Where(r => (query.UnitId == null || r.UnitId == query.UnitId) && (query.DecisionId == null || r.DecisionId == query.DecisionId))
                .OrderByDescending(r => r.RecordedOn);
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(found, AccountabilityResponse.From, ct));
        })
        .Validate<AccountabilityQuery>()
        .WithName("ListAccountability")
        .WithSummary("Accountability records by unit or decision.");

        records.MapGet("/{id:guid}", (Guid id, DecisionsDbContext db, CancellationToken ct) => db.AccountabilityRecords.ShowAsync(id, AccountabilityResponse.From, ct))
        .WithName("GetAccountability")
        .WithSummary("One accountability record with the responsible persons, dissenters marked.");

        records.MapHistory(nameof(AccountabilityRecord));
    }
}
