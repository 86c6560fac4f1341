using RuleOfLaw.Enforcement.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>The Enforcement service on the shared test servers, one host per test class.</summary>
public sealed class EnforcementServiceFactory() : ServiceFactory<EnforcementDbContext>(EnforcementService.Identity);
