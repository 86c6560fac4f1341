using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.NormativeDocuments.Data;

public sealed class DocumentsDbContextFactory : DesignTimeDbContextFactory<DocumentsDbContext>;
