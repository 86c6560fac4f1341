namespace RuleOfLaw.Testing;

/// <summary>
/// A RabbitMQ node the test controls: started, stopped and started again on the same port with the
/// same data, as an operator's restart would. A local process of the installed package.
/// </summary>
public sealed class LocalRabbitMqNode : IAsyncDisposable
{
    private readonly LocalServerProcess _process;

    private readonly int _epmdPort = FreePort.Next();

    private LocalRabbitMqNode(string directory, int port)
    {
        Port = port;
        var node = "test" + Guid.NewGuid().ToString("N")[..8];
        _process = new LocalServerProcess(
            "rabbitmq.sh", directory, TestServers.Invariant(port), TestServers.Invariant(FreePort.Next()), TestServers.Invariant(_epmdPort), node);
    }

    public int Port { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{TestServers.Invariant(Port)}";

    public static LocalRabbitMqNode Create(string directory) => new(directory, FreePort.Next());

    public async Task StartAsync()
    {
        _process.Start();
        await FreePort.WaitUntilListeningAsync(Port, TimeSpan.FromSeconds(90));
    }

    public Task StopAsync() => _process.StopAsync();

    /// <summary>kill -9: the node dies with no shutdown; <see cref="StartAsync"/> starts it again on its data.</summary>
    public Task KillAsync() => _process.KillAsync();

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        // A killed node's script had no chance to stop the epmd daemon it started.
        try
        {
            using var epmd = System.Diagnostics.Process.Start("epmd", ["-port", TestServers.Invariant(_epmdPort), "-kill"]);
            await epmd.WaitForExitAsync();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // no epmd on the path: nothing was started either
        }
    }
}
