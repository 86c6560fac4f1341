using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Reconsideration;
using RuleOfLaw.Reconsideration.Consumers;
using RuleOfLaw.Reconsideration.Demo;
using RuleOfLaw.Reconsideration.Features;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<ReconsiderationDbContext>(ReconsiderationService.Names, bus =>
{
    bus.AddConsumer<IncidentalReviewConcludedConsumer>();
});
builder.AddAccessControl();
builder.Services.AddReconsiderationFeatures();
builder.Services.AddScoped<IDemoDataSeeder, DemoReconsideration>();

var app = builder.Build();
app.MapRuleOfLawService();
app.MapReconsiderationEndpoints();
await app.RunRuleOfLawServiceAsync<ReconsiderationDbContext>();
