using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Enforcement;
using RuleOfLaw.Enforcement.Data;
using RuleOfLaw.BuildingBlocks.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<EnforcementDbContext>(EnforcementService.Identity);
builder.AddAccessControl();

var app = builder.Build();
app.MapRuleOfLawService();
await app.RunRuleOfLawServiceAsync<EnforcementDbContext>();
