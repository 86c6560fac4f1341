using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RuleOfLaw;
using RuleOfLaw.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL and RabbitMQ as containers where a container runtime answers, as local processes where none does.
// In container mode the gateway, identity and the services run as their images too (scripts/run.sh publishes
// them first); in local mode they run as projects.
var containers = InfrastructureMode.Resolve(builder.Configuration) == InfrastructureKind.Containers;
var infrastructure = containers ? ContainerInfrastructure.Add(builder) : LocalInfrastructure.Add(builder);

// The gateway limits anonymous clients by their address, so they reach it directly: through the orchestrator's
// proxy every client would come from 127.0.0.1 and share one limit. A proxy-less endpoint needs its port named
// up front; it is a free one picked at each start, like every other port.
var gatewayPort = FreePort.Pick();

// The web front end's address is named up front too: the identity service registers it as a client with its redirect URI.
var webPort = FreePort.Pick();
if (containers)
{
    var images = new ServiceImages(builder.Configuration);
    var gateway = SystemWiring.Wire(builder, infrastructure, gatewayPort, images.Add, gatewayTargetPort: ServiceImages.HttpPort, webPort);
    WebFrontEnd.Add(builder, gateway, gatewayPort, webPort);
}
else
{
    var gateway = SystemWiring.Wire(builder, infrastructure, gatewayPort, (b, name) => ProjectParts.Add(b, name), gatewayTargetPort: gatewayPort, webPort);
    WebFrontEnd.Add(builder, gateway, gatewayPort, webPort);
}

builder.Build().Run();

/// <summary>The parts and how they reach each other, whether each runs as a project or as its image.</summary>
internal static class SystemWiring
{
    public static IResourceBuilder<TPart> Wire<TPart>(
        IDistributedApplicationBuilder builder,
        ServiceInfrastructure infrastructure,
        int gatewayPort,
        Func<IDistributedApplicationBuilder, string, IResourceBuilder<TPart>> add,
        int gatewayTargetPort,
        int webPort)
        where TPart : IResourceWithEnvironment, IResourceWithEndpoints, IResourceWithWaitSupport
    {
        var demoData = builder.Configuration["DemoData:Enabled"] ?? "true";

        IResourceBuilder<TPart> Part(string name) =>
            add(builder, name)
                .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
                .WithHttpHealthCheck("/health");

        IResourceBuilder<TPart> Service(string name, string database) =>
            Part(name)
                .WithInfrastructure(infrastructure, database)
                .WithEnvironment("DemoData__Enabled", demoData);

        var decisions = Service(ResourceNames.Decisions, ResourceNames.DecisionsDb);
        var documents = Service(ResourceNames.NormativeDocuments, ResourceNames.NormativeDocumentsDb);
        var enforcement = Service(ResourceNames.Enforcement, ResourceNames.EnforcementDb);
        var reconsideration = Service(ResourceNames.Reconsideration, ResourceNames.ReconsiderationDb);
        var appraisal = Service(ResourceNames.Appraisal, ResourceNames.AppraisalDb);
        var identity = Service(ResourceNames.Identity, ResourceNames.IdentityDb);

        var gateway = Part(ResourceNames.Gateway)
            .WithEndpoint("http", endpoint =>
            {
                endpoint.IsProxied = false;
                endpoint.Port = gatewayPort;
                endpoint.TargetPort = gatewayTargetPort;
            })
            .WithExternalHttpEndpoints();
        foreach (var service in new[] { decisions, documents, enforcement, reconsideration, appraisal, identity })
        {
            // Service discovery: services__<name>__http__0, which the gateway's clusters name.
            gateway.WithReference(service.GetEndpoint("http")).WaitFor(builder.CreateResourceBuilder<IResource>(service.Resource));
        }

        // Tokens name the address clients use, the gateway's, as their issuer; the login page is reached there too.
        identity.WithEnvironment("Identity__Issuer", $"http://localhost:{gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        // With demo data, the web front end is registered as a client signing in at its address (DemoData:WebAddress).
        identity.WithEnvironment("DemoData__WebAddress", $"http://localhost:{webPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        // Only the gateway's X-Forwarded-For names the client: over loopback locally, from the containers'
        // network (the engine's private range) in container mode.
        identity.WithEnvironment("ForwardedHeaders__KnownProxies__0", "127.0.0.1")
            .WithEnvironment("ForwardedHeaders__KnownProxies__1", "::1");
        if (typeof(TPart) == typeof(ContainerResource))
        {
            identity.WithEnvironment("ForwardedHeaders__KnownNetworks__0", "172.16.0.0/12");
        }
        else
        {
            // The web front end, beside the gateway on loopback, names each person's address (decision 0019), so each
            // keeps their own limits at the gateway. In container mode the gateway cannot tell the web from anyone
            // reaching it through the engine's proxy, so it trusts nobody's header there.
            gateway.WithEnvironment("Gateway__ForwardedHeaders__KnownProxies__0", "127.0.0.1")
                .WithEnvironment("Gateway__ForwardedHeaders__KnownProxies__1", "::1");
        }

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
        return gateway;
    }
}

/// <summary>
/// The citizens' portal and staff console (web/Web). It runs as its project in both modes: it is a client of the
/// gateway like a person's browser, reaching it at the address the browser uses, which a container could not.
/// </summary>
internal static class WebFrontEnd
{
    public static void Add<TGateway>(IDistributedApplicationBuilder builder, IResourceBuilder<TGateway> gateway, int gatewayPort, int webPort)
        where TGateway : IResourceWithEndpoints, IResourceWithWaitSupport
    {
        var issuer = $"http://localhost:{gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var web = builder.AddProject<Projects.Web>(ResourceNames.Web, launchProfileName: null)
            .WithEndpoint("http", endpoint =>
            {
                endpoint.UriScheme = "http";
                endpoint.IsProxied = false;
                endpoint.Port = webPort;
                endpoint.TargetPort = webPort;
            })
            .WithExternalHttpEndpoints()
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            // Typed clients call services__gateway__http__0; sign-in goes to the issuer, the address the browser uses.
            .WithReference(gateway.GetEndpoint("http"))
            .WithEnvironment("Authentication__Authority", issuer)
            .WithEnvironment("Authentication__RequireHttpsMetadata", "false")
            .WithHttpHealthCheck("/health")
            .WaitFor(builder.CreateResourceBuilder<IResource>(gateway.Resource));

        // The run script reads this line to tell the user where the portal and console answer.
        builder.Eventing.Subscribe<ResourceReadyEvent>(web.Resource, (ready, _) =>
        {
            var logger = ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RuleOfLaw");
            logger.LogInformation("Web front end ready at {WebUrl}", web.GetEndpoint("http").Url);
            return Task.CompletedTask;
        });
    }
}
