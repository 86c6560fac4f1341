using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed class NormativeDocumentsContractTests(NormativeDocumentsServiceFactory service)
    : ServiceContractTests<DocumentsDbContext>(service), IClassFixture<NormativeDocumentsServiceFactory>;
