using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>The NormativeDocuments service on the shared test servers, one host per test class.</summary>
public sealed class NormativeDocumentsServiceFactory() : ServiceFactory<DocumentsDbContext>(NormativeDocumentsService.Identity);
