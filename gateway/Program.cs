using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using RuleOfLaw;
using RuleOfLaw.Gateway;
using RuleOfLaw.Gateway.Hardening;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTokenValidation();

builder.Services.Configure<GatewaySettings>(builder.Configuration.GetSection(GatewaySettings.Section));
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<AccessPolicy>();
builder.Services.AddGatewayRateLimits();
builder.Services.AddClientForwardingHeaders();
builder.Services.AddGatewayCors();
builder.Services.AddOptions<HstsOptions>().Configure<IOptions<GatewaySettings>>((hsts, gateway) => hsts.MaxAge = gateway.Value.SecurityHeaders.HstsMaxAge);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.UseStrictHttp();
});

builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();

// Order matters: who the client is (the connection, not its headers) before anything counts it; headers and
// CORS before anything can refuse, so refusals carry them too; the token is read before the limiter, which
// partitions by it, and the limiter runs before refusing a bad token, so a flood of bad tokens is limited too.
app.UseClientForwardingHeaders();
app.UseCorrelationId();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<StrictRequestMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseExceptionHandler();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseCors();
// Past the gateway's capacity: 503 with Retry-After before any token is checked or request forwarded.
app.UseLoadShedding();
app.UseAuthentication();
app.UseRateLimiter();
app.UseMiddleware<AccessPolicyMiddleware>();

app.MapDefaultEndpoints(metricsOnlyOnMetricsPort: true);
app.MapApiReference();
app.MapEventContract();
app.MapReverseProxy();
app.MapUnknownRoute();
await app.RunAsync();

/// <summary>The gateway's entry point, named so tests can host it.</summary>
public partial class Program;
