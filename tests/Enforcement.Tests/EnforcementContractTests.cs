using RuleOfLaw.Enforcement.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

public sealed class EnforcementContractTests(EnforcementServiceFactory service)
    : ServiceContractTests<EnforcementDbContext>(service), IClassFixture<EnforcementServiceFactory>;
