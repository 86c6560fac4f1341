using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

public sealed class ReconsiderationContractTests(ReconsiderationServiceFactory service)
    : ServiceContractTests<ReconsiderationDbContext>(service), IClassFixture<ReconsiderationServiceFactory>;
