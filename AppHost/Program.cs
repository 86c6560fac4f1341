using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RuleOfLaw;
using RuleOfLaw.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL and RabbitMQ as containers where a container runtime answers, as local processes where none does.
var infrastructure = InfrastructureMode.Resolve(builder.Configuration) == InfrastructureKind.Containers
    ? ContainerInfrastructure.Add(builder)
    : LocalInfrastructure.Add(builder);

var demoData = builder.Configuration["DemoData:Enabled"] ?? "true";

// No launch profiles: every endpoint gets a free port, so two runs on one machine never collide.
IResourceBuilder<ProjectResource> Project<TProject>(string name)
    where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name, launchProfileName: null)
        .WithHttpEndpoint()
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
        .WithHttpHealthCheck("/health");

IResourceBuilder<ProjectResource> Service<TProject>(string name, string database)
    where TProject : IProjectMetadata, new() =>
    Project<TProject>(name)
        .WithInfrastructure(infrastructure, database)
        .WithEnvironment("DemoData__Enabled", demoData);

var decisions = Service<Projects.Decisions>(ResourceNames.Decisions, ResourceNames.DecisionsDb);
var documents = Service<Projects.NormativeDocuments>(ResourceNames.NormativeDocuments, ResourceNames.NormativeDocumentsDb);
var enforcement = Service<Projects.Enforcement>(ResourceNames.Enforcement, ResourceNames.EnforcementDb);
var reconsideration = Service<Projects.Reconsideration>(ResourceNames.Reconsideration, ResourceNames.ReconsiderationDb);
var appraisal = Service<Projects.Appraisal>(ResourceNames.Appraisal, ResourceNames.AppraisalDb);
var identity = Service<Projects.Identity>(ResourceNames.Identity, ResourceNames.IdentityDb);

// The gateway limits anonymous clients by their address, so they reach it directly: through the orchestrator's
// proxy every client would come from 127.0.0.1 and share one limit. A proxy-less endpoint needs its port named
// up front; it is a free one picked at each start, like every other port.
var gatewayPort = FreePort.Pick();
var gateway = Project<Projects.Gateway>(ResourceNames.Gateway)
    .WithEndpoint("http", endpoint =>
    {
        endpoint.IsProxied = false;
        endpoint.Port = gatewayPort;
        endpoint.TargetPort = gatewayPort;
    })
    .WithExternalHttpEndpoints();
foreach (var service in new[] { decisions, documents, enforcement, reconsideration, appraisal, identity })
{
    gateway.WithReference(service).WaitFor(service);
}

// Tokens name the address clients use, the gateway's, as their issuer; the login page is reached there too.
identity.WithEnvironment("Identity__Issuer", gateway.GetEndpoint("http"));

// The gateway reaches the identity service over loopback locally: only its X-Forwarded-For names the client.
identity.WithEnvironment("ForwardedHeaders__KnownProxies__0", "127.0.0.1")
    .WithEnvironment("ForwardedHeaders__KnownProxies__1", "::1");

// The gateway and every service validate tokens against the identity service's discovery document and
// keys; locally that is plain http, hence RequireHttpsMetadata=false.
var identityEndpoint = identity.GetEndpoint("http");
foreach (var validator in new[] { gateway, decisions, documents, enforcement, reconsideration, appraisal })
{
    validator
        .WithEnvironment("Authentication__MetadataAddress", ReferenceExpression.Create($"{identityEndpoint}/.well-known/openid-configuration"))
        .WithEnvironment("Authentication__RequireHttpsMetadata", "false")
        // Disabled accounts, set passwords and removed clients: their tokens are refused within a minute.
        .WithEnvironment("Authentication__Revocations__Address", ReferenceExpression.Create($"{identityEndpoint}/internal/token-revocations"));
}

// The run script reads this line to tell the user where the system answers.
builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (ready, _) =>
{
    var logger = ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RuleOfLaw");
    logger.LogInformation("Gateway ready at {GatewayUrl}", gateway.GetEndpoint("http").Url);
    return Task.CompletedTask;
});

builder.Build().Run();
