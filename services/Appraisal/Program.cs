using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Appraisal;
using RuleOfLaw.Appraisal.Consumers;
using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.Appraisal.Features;
using RuleOfLaw.BuildingBlocks.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<AppraisalDbContext>(AppraisalService.Identity, bus => bus.AddConsumer<EvidenceConsumer>());
builder.AddAccessControl();

var app = builder.Build();
app.MapRuleOfLawService();
app.MapEvidenceEndpoints();
await app.RunRuleOfLawServiceAsync<AppraisalDbContext>();
