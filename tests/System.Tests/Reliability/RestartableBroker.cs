using RuleOfLaw.Testing;
using Testcontainers.RabbitMq;

namespace RuleOfLaw.SystemTests.Reliability;

/// <summary>A RabbitMQ broker of one test's own, which the test stops and starts again on the same port with the same data.</summary>
internal sealed class RestartableBroker : IAsyncDisposable
{
    private readonly LocalRabbitMqNode? _local;
    private readonly RabbitMqContainer? _container;

    private RestartableBroker(LocalRabbitMqNode? local, RabbitMqContainer? container, string connectionString)
    {
        _local = local;
        _container = container;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<RestartableBroker> CreateAsync()
    {
        if (TestServers.ContainerRuntimeAvailable && !File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server"))
        {
            var port = FreePort.Next();
            var container = new RabbitMqBuilder("rabbitmq:3.13").WithPortBinding(port, 5672).Build();
            await container.StartAsync();
            return new RestartableBroker(null, container, $"amqp://rabbitmq:rabbitmq@127.0.0.1:{port}");
        }

        var directory = Directory.CreateTempSubdirectory("ruleoflaw-broker-").FullName;
        var node = LocalRabbitMqNode.Create(directory);
        await node.StartAsync();
        return new RestartableBroker(node, null, node.ConnectionString);
    }

    public Task StopAsync() => _local?.StopAsync() ?? _container!.StopAsync();

    /// <summary>kill -9 of the local node; a container is stopped (Testcontainers has no kill).</summary>
    public Task KillAsync() => _local?.KillAsync() ?? _container!.StopAsync();

    public Task RestartAsync() => _local?.StartAsync() ?? _container!.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_local is not null)
        {
            await _local.DisposeAsync();
        }

        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
