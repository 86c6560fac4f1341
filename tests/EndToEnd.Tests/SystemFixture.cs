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
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("ruleoflaw-e2e-").FullName;
    private DistributedApplication? _app;
    private StartLog? _startLog;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");

    /// <summary>The error-level lines any resource wrote from the start until the gateway was healthy.</summary>
    public IReadOnlyList<string> StartErrors { get; private set; } = [];

    /// <summary>The resources whose console lines the start-up log received.</summary>
    public IReadOnlyCollection<string> ResourcesHeardFrom => _startLog?.ResourcesHeardFrom ?? [];

    public HttpClient CreateGatewayClient() => App.CreateHttpClient(ResourceNames.Gateway, "http");

    /// <summary>A gateway client carrying an access token of the demo district system, got with client credentials through the gateway.</summary>
    /// <summary>
    /// A gateway client signed in as a demo account (password <c>ruleoflaw-demo</c>), through the
    /// login page with the authorization code flow and PKCE, as a front-end does.
    /// </summary>
    public async Task<HttpClient> CreateSignedInGatewayClientAsync(string userName)
    {
        var address = App.GetEndpoint(ResourceNames.Gateway, "http");
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = address };
        using var tokens = new Identity.Tests.TokenClient(browser);
        var signedIn = await tokens.SignInAsync(userName);
        var gateway = CreateGatewayClient();
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.AccessToken);
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
        // Every test, its browsers and the web front end reach the gateway from this machine's one address, which the
        // gateway counts as one client: its sign-in and anonymous-write limits per client are raised for the run.
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Gateway)
            .WithEnvironment("Gateway__RateLimits__SignIn__PermitLimit", "10000")
            .WithEnvironment("Gateway__RateLimits__AnonymousWrites__PermitLimit", "60"); // still reached by ClientAddressTests
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        _startLog = StartLog.AddTo(builder);
        _app = await builder.BuildAsync();
        _startLog.FollowStates(_app);
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await _app.StartAsync(timeout.Token);
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, timeout.Token);
            StartErrors = _startLog.Errors;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // A start that hangs says which resource it waited for and what each one last logged.
            throw new TimeoutException($"The system did not start within {StartTimeout}.{Environment.NewLine}{_startLog.Describe()}");
        }
    }

    public async Task DisposeAsync()
    {
        _startLog?.Dispose();
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
