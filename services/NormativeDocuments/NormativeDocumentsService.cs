using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.NormativeDocuments;

/// <summary>规范性文件 — the normative-documents service: the district's register of normative documents.</summary>
public static class NormativeDocumentsService
{
    public static readonly ServiceNames Names = new(ResourceNames.NormativeDocuments, "/api/documents", ResourceNames.NormativeDocumentsDb);
}
