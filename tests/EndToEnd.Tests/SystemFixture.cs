using System.Net.Http.Headers;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace RuleOfLaw.EndToEnd.Tests;

/// <summary>
/// Starts the AppHost once for all end-to-end tests, in the mode the machine allows (containers or
/// local processes), with throwaway data and no demo data, and waits until the gateway is healthy.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private const string DistrictSystemClientId = "district-data-exchange";
    private const string DistrictSystemSecret = "demo-secret-of-the-district-data-exchange";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("ruleoflaw-e2e-").FullName;
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public HttpClient CreateGatewayClient() => App.CreateHttpClient(ResourceNames.Gateway, "http");

    /// <summary>A gateway client carrying an access token of the demo district system, got with client credentials through the gateway.</summary>
    public async Task<HttpClient> CreateSignedInGatewayClientAsync()
    {
        var gateway = CreateGatewayClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DistrictSystemClientId,
            ["client_secret"] = DistrictSystemSecret,
        });
        using var response = await gateway.PostAsync("/connect/token", form);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"No token for {DistrictSystemClientId}: {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("access_token").GetString());
        return gateway;
    }

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
        // The gateway lets no write through without a token. The identity service alone gets its demo clients
        // (never created in Production), so the tests sign in as the demo district system; the other services stay empty.
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Identity).WithEnvironment("DemoData__Enabled", "true");
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
