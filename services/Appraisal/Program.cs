using RuleOfLaw.Appraisal;
using RuleOfLaw.Appraisal.Consumers;
using RuleOfLaw.Appraisal.Demo;
using RuleOfLaw.Appraisal.Features;
using RuleOfLaw.BuildingBlocks.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<AppraisalDbContext>(AppraisalService.Names, bus => bus.AddConsumer<EvidenceConsumer>());
builder.AddAccessControl();
builder.Services.AddAppraisalFeatures();
builder.Services.AddScoped<IDemoDataSeeder, DemoAppraisal>();

var app = builder.Build();
app.MapRuleOfLawService();
app.MapEvidenceEndpoints();
app.MapAppraisalEndpoints();
await app.RunRuleOfLawServiceAsync<AppraisalDbContext>();
