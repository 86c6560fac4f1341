using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

public sealed class DecisionsContractTests(DecisionsServiceFactory service)
    : ServiceContractTests<DecisionsDbContext>(service), IClassFixture<DecisionsServiceFactory>;
