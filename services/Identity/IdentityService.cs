using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Identity;

/// <summary>身份认证 — the identity service: units, users and their roles, client applications, and the tokens they use.</summary>
public static class IdentityService
{
    public static readonly ServiceNames Names = new(ResourceNames.Identity, "/api/identity", ResourceNames.IdentityDb, PublishesEvents: false);

    /// <summary>The audience of every access token: the district's APIs behind the gateway.</summary>
    public const string ApiAudience = "ruleoflaw-api";

    /// <summary>The scope a client asks for to call the district's APIs.</summary>
    public const string ApiScope = "ruleoflaw-api";
}
