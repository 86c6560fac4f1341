using RuleOfLaw.Decisions;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.BuildingBlocks.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<DecisionsDbContext>(DecisionsService.Identity);
builder.Services.AddScoped<IDemoDataSeeder, DemoCalendar>();

var app = builder.Build();
app.MapRuleOfLawService();
await app.RunRuleOfLawServiceAsync<DecisionsDbContext>();
