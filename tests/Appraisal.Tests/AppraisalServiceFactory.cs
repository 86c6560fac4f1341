using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

/// <summary>The Appraisal service on the shared test servers, one host per test class.</summary>
public sealed class AppraisalServiceFactory() : ServiceFactory<AppraisalDbContext>(AppraisalService.Names);
