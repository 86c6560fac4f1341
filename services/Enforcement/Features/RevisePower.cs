using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Enforcement.Features;

internal static class RevisePower
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/powers/{id:guid}/versions", (Guid id, PowerBasisRequest request, EnforcementDbContext db, RecordCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(
                db.Powers,
                id,
                async (power, time) =>
                {
                    var version = request.ToVersion();
                    var cited = version.DocumentNumber is null ? null : await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Number == version.DocumentNumber, ct);
                    power.Revise(version, cited, time.Now);
                },
                (power, time) => PowerResponse.From(power, time.Today),
                ct))
        .Validate<PowerBasisRequest>()
        .WithRequestExample(Examples.RevisePower)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseRoles.Registrars)
        .WithName("RevisePower")
        .WithSummary("A new version of a power's entry, effective from a later day (ENF-1: changes are versioned with effective dates).");
}
