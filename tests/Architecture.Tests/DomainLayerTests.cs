using System.Reflection;
using NetArchTest.Rules;

namespace RuleOfLaw.Architecture.Tests;

/// <summary>
/// A service's <c>Domain</c> holds its aggregates, state machines and rule checks, without I/O: it depends on
/// neither the service's <c>Features</c> (endpoints) nor its <c>Data</c> (DbContext, migrations), nor on ASP.NET
/// Core's HTTP types or EF Core. That keeps the rules where a unit test reaches them without a host or a database.
/// </summary>
public sealed class DomainLayerTests
{
    public static TheoryData<string> Services => [.. Projects.Services];

    [Theory]
    [MemberData(nameof(Services))]
    public void The_domain_depends_on_no_endpoint_data_access_HTTP_or_EF_Core(string service)
    {
        var root = "RuleOfLaw." + service;
        var assembly = Assembly.Load(root);

        var result = Types.InAssembly(assembly)
            .That().ResideInNamespace(root + ".Domain")
            .ShouldNot().HaveDependencyOnAny(root + ".Features", root + ".Data", "Microsoft.AspNetCore.Http", "Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.True(result.IsSuccessful, $"{root}.Domain depends on endpoints, data access, HTTP or EF Core in: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_service_has_a_domain(string service)
    {
        // Guards the test above: a renamed namespace must not make it pass by matching nothing.
        var root = "RuleOfLaw." + service;

        Assert.NotEmpty(Types.InAssembly(Assembly.Load(root)).That().ResideInNamespace(root + ".Domain").GetTypes());
    }

    [Fact]
    public void The_check_sees_a_dependency_where_there_is_one()
    {
        // Guards the check itself: the endpoints of a service do depend on HTTP and EF Core.
        var result = Types.InAssembly(Assembly.Load("RuleOfLaw.Enforcement"))
            .That().ResideInNamespace("RuleOfLaw.Enforcement.Features")
            .ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore.Http", "Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.False(result.IsSuccessful);
    }
}
