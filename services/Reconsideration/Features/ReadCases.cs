using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary><c>?status=&amp;respondentUnitId=&amp;page=&amp;pageSize=</c>: every case for the office, the caller's own for an applicant.</summary>
public sealed record CaseQuery(CaseStatus? Status, string? RespondentUnitId, int Page = 1, int PageSize = 20) : IPagedQuery;

internal sealed class CaseQueryValidator : PagedQueryValidator<CaseQuery>
{
    public CaseQueryValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.RespondentUnitId).MaximumLength(RecordMapping.UnitIdLength);
    }
}

internal static class ReadCases
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, ReconsiderationDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var @case = await CaseAccess.FindReadableAsync(db, http, id, ct);
            if (@case is null)
            {
                return TypedResults.NotFound();
            }

            return TypedResults.Ok(await db.ShowWithClocksAsync(@case, http, CaseResponse.From, ct));
        })
        .RequireAuthorization()
        .WithName("GetReconsiderationCase")
        .WithSummary("A case with its status, deadlines and documents: the reconsideration office, or the applicant for their own (anyone else: 404).");

        cases.MapGet("/", async ([AsParameters] CaseQuery query, ReconsiderationDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var office = CaseAccess.IsOffice(http);
            var subject = CaseAccess.SubjectOf(http);
            var visible = db.Cases.AsNoTracking()
                .Where(c => office || (subject != null && c.ApplicantAccount == subject))
                .Where(c => query.Status == null || c.Status == query.Status)
                .Where(c => query.RespondentUnitId == null || c.RespondentUnitId == query.RespondentUnitId)
                .OrderByDescending(c => c.ReceivedOn).ThenBy(c => c.Number);
            return TypedResults.Ok(await db.ShowPageWithClocksAsync(visible, query, CaseResponse.From, ct));
        })
        .RequireAuthorization()
        .Validate<CaseQuery>()
        .WithName("ListReconsiderationCases")
        .WithSummary("The cases the caller may see: every case for the reconsideration office, their own for an applicant.");
    }
}
