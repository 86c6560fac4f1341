using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Decisions;
using RuleOfLaw.Decisions.Demo;
using RuleOfLaw.Decisions.Features;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<DecisionsDbContext>(DecisionsService.Names);
builder.AddAccessControl();
builder.Services.AddDecisionFeatures(builder.Configuration);
builder.Services.AddScoped<IDemoDataSeeder, DemoCalendar>();
builder.Services.AddScoped<IDemoDataSeeder, DemoDecisions>();

var app = builder.Build();
app.MapRuleOfLawService();
app.MapDecisionEndpoints();
await app.RunRuleOfLawServiceAsync<DecisionsDbContext>();
