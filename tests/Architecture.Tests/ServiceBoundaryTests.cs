namespace RuleOfLaw.Architecture.Tests;

/// <summary>
/// A service is deployed, versioned and scaled on its own and owns its database: it talks to another service only
/// over HTTP or events (<c>services/Contracts</c>), never by referencing its project. Shared code lives in the
/// shared libraries, which reference no service.
/// </summary>
public sealed class ServiceBoundaryTests
{
    public static TheoryData<string> Services => [.. Projects.Services];

    public static TheoryData<string> SharedLibraries => [.. Projects.SharedLibraries];

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_references_no_other_service(string service)
    {
        var others = Projects.Services.Where(s => s != service).Select(Projects.PathOf).ToHashSet(StringComparer.Ordinal);

        var reached = Projects.ClosureOf(Projects.PathOf(service)).Where(others.Contains).Order(StringComparer.Ordinal).ToList();

        Assert.True(reached.Count == 0, $"{service} references {string.Join(", ", reached)}: talk to a service over HTTP or its events instead.");
    }

    [Theory]
    [MemberData(nameof(SharedLibraries))]
    public void A_shared_library_references_no_service(string library)
    {
        var services = Projects.Services.Select(Projects.PathOf).ToHashSet(StringComparer.Ordinal);

        var reached = Projects.ClosureOf(Projects.PathOf(library)).Where(services.Contains).Order(StringComparer.Ordinal).ToList();

        Assert.True(reached.Count == 0, $"{library} references {string.Join(", ", reached)}: a shared library serves every service and knows none.");
    }

    [Fact]
    public void The_web_front_end_references_only_ServiceDefaults_and_reaches_the_services_through_the_gateway()
    {
        // The portal and console are a client like any other: no service's code, no shared library of the services, only the gateway over HTTP.
        Assert.Equal([Projects.PathOf("ServiceDefaults")], Projects.ClosureOf(Projects.PathOf("Web")).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Contracts_reference_nothing()
    {
        // Outside subscribers take the contracts as a package: they must come without the services' dependencies.
        Assert.Empty(Projects.ReferencesOf(Projects.PathOf("Contracts")));
    }
}
