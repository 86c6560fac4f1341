using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.History;

namespace RuleOfLaw.Reconsideration.Features;

internal static class CaseHistory
{
    /// <summary>A case's history is part of its file: the office, or the applicant for their own.</summary>
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapGet("/{id:guid}/history", async Task<Results<Ok<IReadOnlyList<HistoryItem>>, NotFound>> (Guid id, ReconsiderationDbContext db, HttpContext http, CancellationToken ct) =>
        {
            if (await CaseAccess.FindReadableAsync(db, http, id, ct) is null)
            {
                return TypedResults.NotFound();
            }

            return TypedResults.Ok(await HistoryEndpoints.ListAsync(db, CaseClocks.RecordType, id, ct));
        })
        .RequireAuthorization()
        .WithName("GetReconsiderationCaseHistory")
        .WithSummary("History of a case: who changed it, when, from which state to which, and why (the office; the applicant their own).");
}
