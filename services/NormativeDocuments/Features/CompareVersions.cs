using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace RuleOfLaw.NormativeDocuments.Features;

internal static class CompareVersions
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapGet("/{id:guid}/versions/{from:int}/compare/{to:int}", (Guid id, int from, int to, DocumentsDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
            db.ShowTextAsync(id, time, http, d => Compare(d, from, to), ct))
        .WithTags("Public register")
        .WithName("CompareVersions")
        .WithSummary("Compares two versions of the text line by line (DOC-12); a draft's only once its comment period opens, except to the unit's staff.");

    /// <summary>The two versions compared, or null when the document has no such version.</summary>
    private static VersionComparison? Compare(NormativeDocument document, int from, int to)
    {
        var (a, b) = (document.Versions.SingleOrDefault(v => v.Number == from), document.Versions.SingleOrDefault(v => v.Number == to));
        if (a is null || b is null)
        {
            return null;
        }

        var diff = InlineDiffBuilder.Diff(a.Body, b.Body, ignoreWhiteSpace: false);
        var lines = diff.Lines.Select(l => new ComparedLine(l.Type switch
        {
            ChangeType.Inserted => "inserted",
            ChangeType.Deleted => "deleted",
            _ => "unchanged",
        }, l.Text)).ToList();
        return new VersionComparison(from, to, lines);
    }
}
