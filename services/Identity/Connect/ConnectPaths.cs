namespace RuleOfLaw.Identity.Connect;

/// <summary>The OpenID Connect endpoints; discovery and JWKS are at OpenIddict's defaults under <c>/.well-known/</c>.</summary>
public static class ConnectPaths
{
    public const string Authorize = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string UserInfo = "/connect/userinfo";
    public const string EndSession = "/connect/logout";
    public const string Revocation = "/connect/revoke";
    public const string Jwks = "/.well-known/jwks";

    /// <summary>
    /// An endpoint's addresses for OpenIddict. Discovery advertises the first; requests match any. Behind
    /// the gateway a request arrives with this service's own host, and OpenIddict would advertise that
    /// host for a relative address: the absolute one under the issuer comes first, so clients are sent
    /// to the gateway, and the relative one matches what actually arrives.
    /// </summary>
    public static Uri[] Endpoint(Uri? issuer, string path) =>
        issuer is null
            ? [new Uri(path, UriKind.Relative)]
            : [new Uri(issuer, path.TrimStart('/')), new Uri(path, UriKind.Relative)];
}
