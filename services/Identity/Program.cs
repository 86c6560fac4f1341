using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Identity;
using RuleOfLaw.Identity.Administration;
using RuleOfLaw.Identity.Connect;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Login;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRuleOfLawService<IdentityDbContext>(IdentityService.Names);
builder.AddIdentityServer();
builder.AddClientAddresses();

var app = builder.Build();
app.UseClientAddresses();
app.MapRuleOfLawService();
app.UseIdentityServer();
app.MapConnectEndpoints();
app.MapLoginEndpoints();
app.MapAdministration();
await app.RunRuleOfLawServiceAsync<IdentityDbContext>();
