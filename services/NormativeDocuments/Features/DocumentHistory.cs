using RuleOfLaw.BuildingBlocks.History;

namespace RuleOfLaw.NormativeDocuments.Features;

internal static class DocumentHistory
{
    /// <summary>Every record has its history: the steps a document went through.</summary>
    public static void Map(RouteGroupBuilder documents) => documents.MapHistory(DocumentClocks.RecordType);
}
