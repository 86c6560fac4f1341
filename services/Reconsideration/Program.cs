using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Reconsideration;
using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.BuildingBlocks.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<ReconsiderationDbContext>(ReconsiderationService.Identity);
builder.AddAccessControl();

var app = builder.Build();
app.MapRuleOfLawService();
await app.RunRuleOfLawServiceAsync<ReconsiderationDbContext>();
