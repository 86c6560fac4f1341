using RuleOfLaw.Identity.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Identity.Tests;

public sealed class IdentityContractTests(IdentityServiceFactory service)
    : ServiceContractTests<IdentityDbContext>(service), IClassFixture<IdentityServiceFactory>;
