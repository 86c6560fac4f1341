using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>The Decisions service on the shared test servers, one host per test class.</summary>
public sealed class DecisionsServiceFactory() : ServiceFactory<DecisionsDbContext>(DecisionsService.Identity);
