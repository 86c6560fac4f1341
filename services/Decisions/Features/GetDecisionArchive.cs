using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace RuleOfLaw.Decisions.Features;

public sealed record ArchiveResponse(Guid DecisionId, DateTimeOffset ArchivedAt, JsonElement Record);

/// <summary>决策档案 (DEC-9): the record as it stood when published.</summary>
internal static class GetDecisionArchive
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapGet("/{id:guid}/archive", (Guid id, DecisionsDbContext db, HttpContext http, IOptions<JsonOptions> json, CancellationToken ct) =>
            db.Archives.ShowAsync(
                a => a.DecisionId == id,
                _ => true,
                a => new ArchiveResponse(a.DecisionId, a.ArchivedAt, ArchivedDecision.Show(a, RecordViews.For(http, a.UnitId), json.Value.SerializerOptions)),
                ct))
        .WithName("GetDecisionArchive")
        .WithSummary("The archived record of a published decision, as it stood when published (DEC-9); the full record to the unit's staff, the legal office and administrators.");
}
