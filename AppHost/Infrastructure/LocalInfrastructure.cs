using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace RuleOfLaw.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL and RabbitMQ as local processes of the installed binaries, for a machine without a
/// container runtime. They are Aspire executable resources with the same connection-string names
/// as the containers, so the services cannot tell the difference. Data lives in
/// <c>LocalInfrastructure:DataDirectory</c> (default: <c>.local/data</c> in the checkout, ignored by git),
/// so a restart keeps what users entered; ports are free ones chosen at each start.
/// </summary>
public static class LocalInfrastructure
{
    public static ServiceInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var repository = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var dataDirectory = Path.GetFullPath(builder.Configuration["LocalInfrastructure:DataDirectory"] ?? Path.Combine(repository, ".local", "data"));
        var scripts = Path.Combine(repository, "scripts", "local");
        Directory.CreateDirectory(dataDirectory);

        var postgresPort = FreePort.Pick();
        var postgres = builder.AddResource(new LocalPostgresResource(ResourceNames.Postgres, dataDirectory, postgresPort))
            .WithArgs(Path.Combine(scripts, "postgres.sh"), Path.Combine(dataDirectory, "postgres"), postgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithHealthCheck(AddHealthCheck(builder, "postgres-ready", async ct =>
            {
                await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={postgresPort};Username=postgres;Timeout=3");
                await connection.OpenAsync(ct);
            }));

        var amqpPort = FreePort.Pick();
        var nodeName = builder.Configuration["LocalInfrastructure:RabbitMqNodeName"] ?? "ruleoflaw";
        var messaging = builder.AddResource(new LocalRabbitMqResource(ResourceNames.Messaging, dataDirectory, amqpPort))
            .WithArgs(
                Path.Combine(scripts, "rabbitmq.sh"),
                Path.Combine(dataDirectory, "rabbitmq"),
                Invariant(amqpPort),
                Invariant(FreePort.Pick()),
                Invariant(FreePort.Pick()),
                nodeName)
            .WithHealthCheck(AddHealthCheck(builder, "messaging-ready", async ct =>
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, amqpPort, ct);
            }));

        return new ServiceInfrastructure(messaging, name =>
        {
            var database = builder.AddResource(new LocalPostgresDatabaseResource(name, postgres.Resource));
            return (database, postgres);
        });
    }

    private static string AddHealthCheck(IDistributedApplicationBuilder builder, string name, Func<CancellationToken, Task> probe)
    {
        builder.Services.AddHealthChecks().AddAsyncCheck(name, async ct =>
        {
            try
            {
                await probe(ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is SocketException or NpgsqlException or IOException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        });
        return name;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A local PostgreSQL server process (trust authentication, loopback only).</summary>
public sealed class LocalPostgresResource(string name, string workingDirectory, int port)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={Port.ToString(System.Globalization.CultureInfo.InvariantCulture)};Username=postgres;Password=postgres");
}

/// <summary>A service's database on the local server; the service's migrations create it.</summary>
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource server)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = server;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={Name}");
}

/// <summary>A local RabbitMQ node (guest, loopback only).</summary>
public sealed class LocalRabbitMqResource(string name, string workingDirectory, int port)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
