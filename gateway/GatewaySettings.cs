namespace RuleOfLaw.Gateway;

/// <summary>
/// The front door's rules, configuration section <c>Gateway</c>. The lists are kept in
/// <c>appsettings.json</c>, where operators read them; the code has no lists of its own.
/// </summary>
public sealed class GatewaySettings
{
    public const string Section = "Gateway";

    public AccessSettings Access { get; set; } = new();

    public RateLimitSettings RateLimits { get; set; } = new();

    /// <summary>The largest request body forwarded; a larger one is answered 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public ForwardingSettings ForwardedHeaders { get; set; } = new();

    public SecurityHeaderSettings SecurityHeaders { get; set; } = new();
}

/// <summary>Who may pass without a token. Everything else that writes needs a valid access token.</summary>
public sealed class AccessSettings
{
    /// <summary>Methods anyone may use on any route (public reads), e.g. <c>GET</c>, <c>HEAD</c>.</summary>
    public List<string> AnonymousMethods { get; set; } = [];

    /// <summary>Path prefixes open to every method without a token: sign-in, discovery, health, OpenAPI.</summary>
    public List<string> AnonymousPaths { get; set; } = [];

    /// <summary>
    /// Writes anyone may send without a token, as <c>METHOD /path/{param}/…</c>: comments and objections. The services
    /// decide (<c>.ForAnyone()</c>); this list is derived from them, and a system test fails when it differs (decision 0014).
    /// </summary>
    public List<string> AnonymousWrites { get; set; } = [];

    /// <summary>
    /// Paths where an <c>Authorization</c> header that is not a bearer token is the client's own credentials for
    /// the identity server (HTTP Basic, RFC 6749 §2.3.1) and is forwarded for it to check. A bearer token is
    /// validated here as everywhere.
    /// </summary>
    public List<string> ClientAuthenticationPaths { get; set; } = [];
}

public sealed class RateLimitSettings
{
    /// <summary>Per client of a valid token (its <c>client_id</c> or <c>azp</c>, and its <c>sub</c>).</summary>
    public WindowLimit Authenticated { get; set; } = new() { PermitLimit = 1200 };

    /// <summary>Per connection IP address (an IPv6 address by its /64) for requests without a token.</summary>
    public WindowLimit Anonymous { get; set; } = new() { PermitLimit = 600 };

    /// <summary>Per connection IP for the anonymous writes (<see cref="AccessSettings.AnonymousWrites"/>) sent without a token.</summary>
    public WindowLimit AnonymousWrites { get; set; } = new() { PermitLimit = 5 };

    /// <summary>Per connection IP for the requests in <see cref="SignInLimit.Requests"/> (password and client-secret guessing).</summary>
    public SignInLimit SignIn { get; set; } = new() { PermitLimit = 30 };

    /// <summary>Exact paths never limited: the gateway's own health probes.</summary>
    public List<string> ExemptPaths { get; set; } = [];
}

public class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

public sealed class SignInLimit : WindowLimit
{
    /// <summary>As <c>METHOD /path</c>, e.g. <c>POST /account/login</c>.</summary>
    public List<string> Requests { get; set; } = [];
}

/// <summary>Which proxies in front of the gateway may tell it the client's address; nobody else may.</summary>
public sealed class ForwardingSettings
{
    /// <summary>IP addresses of trusted proxies (a load balancer that terminates TLS, say).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Headers removed from every request before it is forwarded; the gateway sets its own X-Forwarded-*.</summary>
    public List<string> StrippedHeaders { get; set; } = [];
}

public sealed class SecurityHeaderSettings
{
    public string ReferrerPolicy { get; set; } = "no-referrer";

    /// <summary>For API responses and anything not named in <see cref="PageContentSecurityPolicies"/>.</summary>
    public string ContentSecurityPolicy { get; set; } = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// Path prefix → the policy for the HTML pages under it (the login page, the API reference). <c>{nonce}</c>
    /// stands for the per-response script nonce of the API reference page.
    /// </summary>
    public Dictionary<string, string> PageContentSecurityPolicies { get; set; } = [];

    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
