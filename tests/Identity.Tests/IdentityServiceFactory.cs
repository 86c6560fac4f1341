using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Identity.Tests;

/// <summary>
/// The Identity service on the shared test servers, one host per test class, with the demo accounts
/// and clients, and <see cref="Issuer"/> as its public address (the test server's own).
/// </summary>
public class IdentityServiceFactory : ServiceFactory<IdentityDbContext>
{
    public const string Issuer = "http://localhost/";

    public IdentityServiceFactory()
        : base(IdentityService.Names)
    {
        Settings["DemoData:Enabled"] = "true";
        Settings["Identity:Issuer"] = Issuer;
    }

    /// <summary>
    /// A browser-like client: keeps cookies, shows redirects instead of following them; connected from
    /// <paramref name="peer"/> when given (see <see cref="TestPeerAddress"/>).
    /// </summary>
    public TokenClient CreateTokenClient(string? peer = null)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (peer is not null)
        {
            client.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
        }

        return new TokenClient(client);
    }

    /// <summary>What the service logged.</summary>
    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, TestPeerAddress>();
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
        });
    }
}
