using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Identity.Domain;

/// <summary>The rules an account must keep, whatever path changes it.</summary>
public static class IdentityRules
{
    /// <summary>Staff act for exactly one unit; a citizen acts for none and holds no staff role.</summary>
    public static readonly Rule Idn1 = new("IDN-1", "一人一单位: staff roles act for exactly one unit; citizens have none", "一人一单位", "One unit per person");

    /// <summary>A person holds only person roles; district systems authenticate as clients.</summary>
    public static readonly Rule Idn2 = new("IDN-2", "people hold person roles; district systems are clients", "人员角色与系统客户端", "People hold person roles; systems are clients");
}
