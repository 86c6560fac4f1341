namespace RuleOfLaw.AppHost.Infrastructure;

/// <summary>The database server and broker the services use, whichever way they run.</summary>
/// <param name="Messaging">The broker; its connection string is named "messaging" in both modes.</param>
/// <param name="AddDatabase">Adds a service's database; returns it and what to wait for before the service starts.</param>
public sealed record ServiceInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    Func<string, (IResourceBuilder<IResourceWithConnectionString> Database, IResourceBuilder<IResource> Ready)> AddDatabase);

public static class ServiceInfrastructureExtensions
{
    /// <summary>Gives a service its own database and the broker, migrations on start, and waits for both.</summary>
    public static IResourceBuilder<TPart> WithInfrastructure<TPart>(this IResourceBuilder<TPart> service, ServiceInfrastructure infrastructure, string database)
        where TPart : IResourceWithEnvironment, IResourceWithWaitSupport
    {
        var (db, ready) = infrastructure.AddDatabase(database);
        return service
            .WithReference(db)
            .WaitFor(ready)
            .WithReference(infrastructure.Messaging)
            .WaitFor(infrastructure.Messaging)
            .WithEnvironment("Database__MigrateOnStartup", "true");
    }
}
