namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>备案 (DOC-9): filing stops the filing clock the publication started.</summary>
internal static class FileDocument
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/filing", (d, c) => d.File(c.Today, c.Calendar, c.Settings, c.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("FileDocument")
        .WithSummary("Files the published document with the supervising body; after day 15 it is recorded late (DOC-9).");
}
