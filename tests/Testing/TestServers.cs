using DotNet.Testcontainers.Configurations;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace RuleOfLaw.Testing;

/// <summary>Connection strings of the servers every test of this run shares.</summary>
/// <param name="Postgres">A server connection string without a database: each host adds its own.</param>
/// <param name="RabbitMq">An amqp:// URI.</param>
public sealed record TestServerAddresses(string Postgres, string RabbitMq);

/// <summary>
/// Real PostgreSQL and RabbitMQ, started once per test process and shared, in this order of preference:
/// the servers the test command started for the whole run (RULEOFLAW_TEST_POSTGRES and
/// RULEOFLAW_TEST_RABBITMQ); containers, where a container runtime answers; throwaway local
/// processes of the installed binaries otherwise.
/// </summary>
public static class TestServers
{
    public const string PostgresVariable = "RULEOFLAW_TEST_POSTGRES";
    public const string RabbitMqVariable = "RULEOFLAW_TEST_RABBITMQ";

    private static readonly Lazy<Task<TestServerAddresses>> Shared = new(StartAsync);

    public static Task<TestServerAddresses> GetAsync() => Shared.Value;

    /// <summary>Whether Testcontainers can reach a container engine (answers at once, never throws).</summary>
    public static bool ContainerRuntimeAvailable => TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;

    private static async Task<TestServerAddresses> StartAsync()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var rabbit = Environment.GetEnvironmentVariable(RabbitMqVariable);
        if (!string.IsNullOrEmpty(postgres) && !string.IsNullOrEmpty(rabbit))
        {
            return new TestServerAddresses(postgres, rabbit);
        }

        return ContainerRuntimeAvailable ? await StartContainersAsync() : await StartLocalAsync();
    }

    private static async Task<TestServerAddresses> StartContainersAsync()
    {
        var postgres = new PostgreSqlBuilder("postgres:17").Build();
        var rabbit = new RabbitMqBuilder("rabbitmq:3.13").Build();
        await Task.WhenAll(postgres.StartAsync(), rabbit.StartAsync());
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            postgres.DisposeAsync().AsTask().GetAwaiter().GetResult();
            rabbit.DisposeAsync().AsTask().GetAwaiter().GetResult();
        };
        var server = new Npgsql.NpgsqlConnectionStringBuilder(postgres.GetConnectionString()) { Database = null };
        return new TestServerAddresses(server.ConnectionString, rabbit.GetConnectionString());
    }

    private static async Task<TestServerAddresses> StartLocalAsync()
    {
        var directory = Directory.CreateTempSubdirectory("ruleoflaw-tests-").FullName;
        // Created private to root; the postgres user that runs the server must be able to enter it.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        }
        var postgresPort = FreePort.Next();
        var postgres = new LocalServerProcess("postgres.sh", Path.Combine(directory, "postgres"), Invariant(postgresPort), "--throwaway");
        postgres.Start();
        var broker = LocalRabbitMqNode.Create(Path.Combine(directory, "rabbitmq"));
        await broker.StartAsync();
        await WaitForPostgresAsync(postgresPort);
        return new TestServerAddresses(PostgresConnectionString(postgresPort), broker.ConnectionString);
    }

    public static string PostgresConnectionString(int port) =>
        $"Host=127.0.0.1;Port={Invariant(port)};Username=postgres;Password=postgres;Include Error Detail=true";

    private static async Task WaitForPostgresAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new Npgsql.NpgsqlConnection(PostgresConnectionString(port));
                await connection.OpenAsync();
                return;
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    internal static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
