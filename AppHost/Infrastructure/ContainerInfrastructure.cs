namespace RuleOfLaw.AppHost.Infrastructure;

/// <summary>PostgreSQL and RabbitMQ as Aspire container resources, with volumes so data outlives a restart.</summary>
public static class ContainerInfrastructure
{
    public static ServiceInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres(ResourceNames.Postgres).WithDataVolume();
        var messaging = builder.AddRabbitMQ(ResourceNames.Messaging).WithDataVolume().WithManagementPlugin();
        return new ServiceInfrastructure(messaging, name =>
        {
            var database = postgres.AddDatabase(name);
            return (database, database);
        });
    }
}
