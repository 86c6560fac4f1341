using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace RuleOfLaw.EndToEnd.Tests;

/// <summary>
/// Starts the AppHost once for all end-to-end tests, in the mode the machine allows (containers or
/// local processes), with throwaway data and no demo data, and waits until the gateway is healthy.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("ruleoflaw-e2e-").FullName;
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public HttpClient CreateGatewayClient() => App.CreateHttpClient(ResourceNames.Gateway, "http");

    public async Task InitializeAsync()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_dataDirectory, (UnixFileMode)0b111_101_101); // the postgres user must enter it
        }

        var mode = Environment.GetEnvironmentVariable("RULEOFLAW_INFRASTRUCTURE") ?? "auto";
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            $"Infrastructure:Mode={mode}",
            $"LocalInfrastructure:DataDirectory={_dataDirectory}",
            $"LocalInfrastructure:RabbitMqNodeName=e2e{Environment.ProcessId}",
            "DemoData:Enabled=false",
        ]);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        _app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a server may still be letting go of a file; the folder is in the temporary directory anyway
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
