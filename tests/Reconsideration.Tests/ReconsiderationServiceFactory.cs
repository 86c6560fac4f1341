using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>The Reconsideration service on the shared test servers, one host per test class.</summary>
public sealed class ReconsiderationServiceFactory() : ServiceFactory<ReconsiderationDbContext>(ReconsiderationService.Identity);
