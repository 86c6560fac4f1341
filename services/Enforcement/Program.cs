using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Enforcement;
using RuleOfLaw.Enforcement.Consumers;
using RuleOfLaw.Enforcement.Demo;
using RuleOfLaw.Enforcement.Features;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<EnforcementDbContext>(EnforcementService.Names, bus =>
{
    bus.AddConsumer<DocumentPublishedConsumer>();
    bus.AddConsumer<DocumentEnteredForceConsumer>();
    bus.AddConsumer<DocumentLeftForceConsumer>();
    bus.AddConsumer<DocumentClauseSuspendedConsumer>();
    bus.AddConsumer<ReconsiderationDecidedConsumer>();
});
builder.AddAccessControl();
builder.Services.AddEnforcementFeatures();
builder.Services.AddScoped<IDemoDataSeeder, DemoEnforcement>();

var app = builder.Build();
app.MapRuleOfLawService();
app.MapEnforcementEndpoints();
await app.RunRuleOfLawServiceAsync<EnforcementDbContext>();
