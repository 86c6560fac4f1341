using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>
/// The gateway as it runs, on Kestrel in the test process, with every cluster pointed at an
/// <see cref="EchoUpstream"/> and the token issuer's configuration given statically (no identity server).
/// Limits are small so a test reaches them in a few requests; each test connects from a loopback address
/// of its own (127.0.0.x), so its requests count against its own partitions.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    public const int AnonymousWritesPerWindow = 3;
    public const int AuthenticatedPerWindow = 5;
    public const int AnonymousPerWindow = 20;
    public const int MaxBodyBytes = 4096;
    public const string AllowedOrigin = "https://portal.district.example";

    private static readonly string[] Clusters = ["decisions", "normative-documents", "enforcement", "reconsideration", "appraisal", "identity"];
    private readonly Uri _upstream;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="upstream">Where every cluster points.</param>
    /// <param name="settings">Configuration on top of the test defaults, e.g. <c>Gateway:ForwardedHeaders:KnownProxies:0</c>.</param>
    /// <param name="metricsPort">A second port, for <c>/metrics</c> alone (<c>Metrics:Port</c>), as in a deployment.</param>
    public GatewayFactory(Uri upstream, IReadOnlyDictionary<string, string>? settings = null, int? metricsPort = null)
    {
        _upstream = upstream;
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>());
        if (metricsPort is { } port)
        {
            all["Metrics:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _settings = all;

        UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            if (metricsPort is { } metrics)
            {
                kestrel.Listen(IPAddress.Loopback, metrics);
            }
        });
    }

    /// <summary>The gateway's address, by IP so a client can connect from any loopback address.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new Uri(address);
        }
    }

    /// <summary>A client whose connections come from <paramref name="localAddress"/>, e.g. <c>127.0.0.7</c>.</summary>
    public HttpClient ClientFrom(string localAddress)
    {
        var local = IPAddress.Parse(localAddress);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = Address };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var cluster in Clusters)
        {
            builder.UseSetting($"ReverseProxy:Clusters:{cluster}:Destinations:primary:Address", _upstream.ToString());
        }

        builder.UseSetting("Gateway:RateLimits:AnonymousWrites:PermitLimit", AnonymousWritesPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Gateway:RateLimits:AnonymousWrites:Window", "01:00:00");
        builder.UseSetting("Gateway:RateLimits:Authenticated:PermitLimit", AuthenticatedPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Gateway:RateLimits:Authenticated:Window", "01:00:00");
        builder.UseSetting("Gateway:RateLimits:Anonymous:PermitLimit", AnonymousPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Gateway:RateLimits:Anonymous:Window", "01:00:00");
        builder.UseSetting("Gateway:MaxRequestBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cors:AllowedOrigins:0", AllowedOrigin);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
            configuration.SigningKeys.Add(TestTokens.SigningKey);
            options.Configuration = configuration;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        }));
    }
}

/// <summary>One gateway and one upstream for a test class.</summary>
public class GatewayFixture : IAsyncLifetime
{
    public EchoUpstream Upstream { get; } = new();

    public GatewayFactory Gateway { get; private set; } = null!;

    /// <summary>Configuration on top of the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public async Task InitializeAsync()
    {
        await Upstream.StartAsync();
        Gateway = new GatewayFactory(Upstream.Address, Settings);
        Gateway.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Upstream.DisposeAsync();
    }
}
