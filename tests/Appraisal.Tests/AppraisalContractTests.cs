using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

public sealed class AppraisalContractTests(AppraisalServiceFactory service)
    : ServiceContractTests<AppraisalDbContext>(service), IClassFixture<AppraisalServiceFactory>;
