using RuleOfLaw.Reconsideration;
using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.BuildingBlocks.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<ReconsiderationDbContext>(ReconsiderationService.Identity);

var app = builder.Build();
app.MapRuleOfLawService();
await app.RunRuleOfLawServiceAsync<ReconsiderationDbContext>();
