namespace RuleOfLaw.Gateway.Tests;

/// <summary>A gateway behind a load balancer it is told to trust, by address and by network.</summary>
public sealed class TrustedProxyFixture : GatewayFixture
{
    public const string Proxy = "127.0.6.1";
    public const string ProxyNetwork = "127.0.7.0/24";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Gateway:ForwardedHeaders:KnownProxies:0"] = Proxy,
        ["Gateway:ForwardedHeaders:KnownNetworks:0"] = ProxyNetwork,
    };
}
