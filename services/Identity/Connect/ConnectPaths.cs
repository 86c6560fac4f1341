namespace RuleOfLaw.Identity.Connect;

/// <summary>The OpenID Connect endpoints; discovery and JWKS are at OpenIddict's defaults under <c>/.well-known/</c>.</summary>
public static class ConnectPaths
{
    public const string Authorize = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string UserInfo = "/connect/userinfo";
    public const string EndSession = "/connect/logout";
    public const string Revocation = "/connect/revoke";
}
