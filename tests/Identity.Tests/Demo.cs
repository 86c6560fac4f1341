using RuleOfLaw.Identity.Demo;

namespace RuleOfLaw.Identity.Tests;

/// <summary>The demo accounts and clients the tests sign in with.</summary>
internal static class Demo
{
    public const string Password = DemoIdentities.Password;
    public const string Portal = DemoIdentities.PortalClientId;
    public static readonly Uri PortalRedirect = DemoIdentities.PortalRedirectUri;
    public const string DistrictSystem = DemoIdentities.DistrictSystemClientId;
    public const string DistrictSystemSecret = DemoIdentities.DistrictSystemSecret;
    public static readonly Guid JusticeUnit = DemoIdentities.JusticeUnitId;
    public static readonly Guid MarketUnit = DemoIdentities.MarketUnitId;
    public const string FullScope = "openid profile roles offline_access ruleoflaw-api";
}
