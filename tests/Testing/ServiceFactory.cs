using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Persistence;
using Xunit;

namespace RuleOfLaw.Testing;

/// <summary>
/// One service, hosted in the test process on the shared PostgreSQL and RabbitMQ, with a database and
/// queue names of its own so tests running side by side never see each other's records.
/// <typeparamref name="TContext"/> is the service's DbContext; its assembly holds the entry point.
/// </summary>
public class ServiceFactory<TContext>(ServiceNames identity) : WebApplicationFactory<TContext>, IAsyncLifetime
    where TContext : ServiceDbContext
{
    private TestServerAddresses? _servers;

    public ServiceNames Identity => identity;

    /// <summary>The database this host uses; give it to a second host to simulate a restart or a replica.</summary>
    public string DatabaseName { get; init; } = "t_" + Guid.NewGuid().ToString("N")[..16];

    public string QueuePrefix { get; init; } = identity.Name + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Overrides the shared broker (e.g. one the test stops and starts).</summary>
    public string? RabbitMqConnectionString { get; init; }

    /// <summary>Replaces the system clock, so a test moves time instead of waiting.</summary>
    public FakeTimeProvider? Time { get; init; }

    /// <summary>
    /// Whether the service trusts the test issuer (<see cref="TestTokens"/>); false leaves token
    /// validation to the <c>Authentication</c> configuration, as in production.
    /// </summary>
    public bool TrustTestIssuer { get; init; } = true;

    /// <summary>More configuration, e.g. <c>Outbox:RelayEnabled=false</c>.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public string PostgresConnectionString => Servers.Postgres + ";Database=" + DatabaseName;

    private TestServerAddresses Servers => _servers ?? throw new InvalidOperationException("InitializeAsync first.");

    public virtual async Task InitializeAsync()
    {
        _servers = await TestServers.GetAsync();
        await WaitUntilHealthyAsync();
    }

    /// <summary>
    /// Waits until the host answers healthy: its database is migrated and its bus has bound every
    /// queue, so an event published after this reaches its consumers.
    /// </summary>
    public async Task WaitUntilHealthyAsync()
    {
        using var client = CreateClient();
        await Eventually.Until(() => client.GetAsync("/health"), r => r.IsSuccessStatusCode, $"{identity.Name} is healthy");
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>A client acting for <paramref name="unitId"/> with <paramref name="roles"/> (default: every staff role).</summary>
    public HttpClient CreateClientFor(string? unitId, params string[] roles) => CreateClient().ActingFor(unitId, roles);

    /// <summary>A client with no token, as the public calls.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>Clients act for no unit with the cross-unit roles unless a test says otherwise.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (!BuildingBlocks.Access.AccessControl.IsEnabled(Services))
        {
            return;
        }

        client.ActingFor(null, BuildingBlocks.Access.Roles.Admin, BuildingBlocks.Access.Roles.LegalOffice, BuildingBlocks.Access.Roles.ReconsiderationOfficer);
    }

    /// <summary>Runs work against the service's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<TContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{identity.DatabaseConnectionName}", PostgresConnectionString);
        builder.UseSetting($"ConnectionStrings:{ServiceHostingExtensions.MessagingConnectionName}", RabbitMqConnectionString ?? Servers.RabbitMq);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Messaging:QueuePrefix", QueuePrefix);
        // Hosts of other tests have queue prefixes of their own; a test that needs the system's subscriber queues declares them.
        builder.UseSetting("Messaging:DeclareSubscriberQueues", "false");
        builder.UseSetting("Outbox:PollInterval", "00:00:01");
        builder.UseSetting("Outbox:FirstRetryDelay", "00:00:00.200");
        builder.UseSetting("Outbox:MaxRetryDelay", "00:00:01");
        builder.UseSetting("Outbox:PublishTimeout", "00:00:05");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // The issuer's discovery document is replaced by the test issuer's keys; validation itself is the service's own.
        builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            if (!TrustTestIssuer)
            {
                return;
            }

            options.Authority = null;
            options.Configuration = TestTokens.Configuration;
            options.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration>(options.Configuration);
        }));
        if (Time is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
        }
    }
}
