using RuleOfLaw;
using RuleOfLaw.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL and RabbitMQ as containers where a container runtime answers, as local processes where none does.
var infrastructure = InfrastructureMode.Resolve(builder.Configuration) == InfrastructureKind.Containers
    ? ContainerInfrastructure.Add(builder)
    : LocalInfrastructure.Add(builder);

var demoData = builder.Configuration["DemoData:Enabled"] ?? "true";

IResourceBuilder<ProjectResource> Service<TProject>(string name, string database)
    where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name, launchProfileName: "http")
        .WithInfrastructure(infrastructure, database)
        .WithEnvironment("DemoData__Enabled", demoData)
        .WithHttpHealthCheck("/health");

var decisions = Service<Projects.Decisions>(ResourceNames.Decisions, ResourceNames.DecisionsDb);
var documents = Service<Projects.NormativeDocuments>(ResourceNames.NormativeDocuments, ResourceNames.NormativeDocumentsDb);
var enforcement = Service<Projects.Enforcement>(ResourceNames.Enforcement, ResourceNames.EnforcementDb);
var reconsideration = Service<Projects.Reconsideration>(ResourceNames.Reconsideration, ResourceNames.ReconsiderationDb);
var appraisal = Service<Projects.Appraisal>(ResourceNames.Appraisal, ResourceNames.AppraisalDb);

var gateway = builder.AddProject<Projects.Gateway>(ResourceNames.Gateway, launchProfileName: "http")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");
foreach (var service in new[] { decisions, documents, enforcement, reconsideration, appraisal })
{
    gateway.WithReference(service).WaitFor(service);
}

builder.Build().Run();
