using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.NormativeDocuments.Consumers;
using RuleOfLaw.NormativeDocuments;
using RuleOfLaw.NormativeDocuments.Demo;
using RuleOfLaw.NormativeDocuments.Features;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<DocumentsDbContext>(NormativeDocumentsService.Names, bus => bus.AddConsumer<IncidentalReviewRequestedConsumer>());
builder.AddAccessControl();
builder.Services.AddDocumentFeatures(builder.Configuration);
builder.Services.AddRegisterCache();
builder.Services.AddScoped<IDemoDataSeeder, DemoDocuments>();

var app = builder.Build();
app.MapRuleOfLawService();
app.UseOutputCache();
app.MapDocumentEndpoints();
await app.RunRuleOfLawServiceAsync<DocumentsDbContext>();
