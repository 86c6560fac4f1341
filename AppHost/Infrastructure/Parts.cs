using Microsoft.Extensions.Configuration;

namespace RuleOfLaw.AppHost.Infrastructure;

/// <summary>Local mode: each part is its project, run by the orchestrator on a free port (no launch profile).</summary>
public static class ProjectParts
{
    public static IResourceBuilder<ProjectResource> Add(IDistributedApplicationBuilder builder, string name)
    {
        IResourceBuilder<ProjectResource> part = name switch
        {
            ResourceNames.Decisions => builder.AddProject<Projects.Decisions>(name, launchProfileName: null),
            ResourceNames.NormativeDocuments => builder.AddProject<Projects.NormativeDocuments>(name, launchProfileName: null),
            ResourceNames.Enforcement => builder.AddProject<Projects.Enforcement>(name, launchProfileName: null),
            ResourceNames.Reconsideration => builder.AddProject<Projects.Reconsideration>(name, launchProfileName: null),
            ResourceNames.Appraisal => builder.AddProject<Projects.Appraisal>(name, launchProfileName: null),
            ResourceNames.Identity => builder.AddProject<Projects.Identity>(name, launchProfileName: null),
            ResourceNames.Gateway => builder.AddProject<Projects.Gateway>(name, launchProfileName: null),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a part of the system"),
        };
        return part.WithHttpEndpoint();
    }
}

/// <summary>
/// Container mode: each part is the image <c>dotnet publish /t:PublishContainer</c> built from its project
/// (<c>ruleoflaw/&lt;resource name&gt;</c>, see each csproj's ContainerRepository). <c>Infrastructure:ImageRegistry</c>
/// (none: the engine's local images) and <c>Infrastructure:ImageTag</c> (default <c>latest</c>) choose which.
/// </summary>
public sealed class ServiceImages(IConfiguration configuration)
{
    /// <summary>The port the images serve HTTP on (ASPNETCORE_HTTP_PORTS in the image).</summary>
    public const int HttpPort = 8080;

    /// <summary>The port the images serve /metrics on, alone (Metrics__Port in the image).</summary>
    public const int MetricsPort = 9464;

    public const string Repository = "ruleoflaw";

    public static string ImageName(string resourceName) => $"{Repository}/{resourceName}";

    public IResourceBuilder<ContainerResource> Add(IDistributedApplicationBuilder builder, string name)
    {
        var registry = configuration["Infrastructure:ImageRegistry"];
        var image = string.IsNullOrEmpty(registry) ? ImageName(name) : $"{registry.TrimEnd('/')}/{ImageName(name)}";
        return builder.AddContainer(name, image, configuration["Infrastructure:ImageTag"] ?? "latest")
            .WithHttpEndpoint(targetPort: HttpPort, name: "http")
            .WithHttpEndpoint(targetPort: MetricsPort, name: "metrics");
    }
}
