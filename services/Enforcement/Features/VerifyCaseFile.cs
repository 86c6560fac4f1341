using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Enforcement.Features;

internal static class VerifyCaseFile
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapGet("/{id:guid}/integrity", async Task<Results<Ok<CaseFileVerification>, NotFound>> (Guid id, EnforcementDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var enforcementCase = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
            if (enforcementCase is null || !CaseAccess.MayRead(http, enforcementCase) || (CaseAccess.IsParty(http, enforcementCase) && !CaseRoles.UnitStaff.Any(http.User.IsInRole)))
            {
                return TypedResults.NotFound();
            }

            var history = await db.History.AsNoTracking()
                .Where(h => h.RecordId == id && h.RecordType == CaseClocks.RecordType)
                .OrderBy(h => h.Id)
                .Select(h => new { h.From, h.To, h.Reason })
                .ToListAsync(ct);
            return TypedResults.Ok(CaseFileChain.Verify(enforcementCase.FileChain, enforcementCase.Evidence, [.. history.Select(h => (h.From, h.To, h.Reason))]));
        })
        .ForRoles(Roles.UnitStaff, Roles.UnitHead, Roles.EnforcementOfficer, Roles.LegalOffice, Roles.Admin)
        .WithName("VerifyCaseFile")
        .WithSummary("Verifies a case file's hash chain against its stored history and evidence: intact, or what was altered (ENF-9).");
}
