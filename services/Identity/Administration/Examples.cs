using RuleOfLaw.Identity.Demo;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Administration;

/// <summary>The request examples the OpenAPI document shows, one per request type.</summary>
internal static class Examples
{
    public static readonly UnitRequest Unit = new("district-housing", "区住房和城乡建设局");
    public static readonly CreateUserRequest CreateUser = new("zhang.san", "张三", "请换成至少十位的密码", DemoIdentities.JusticeUnitId, [Roles.UnitStaff, Roles.LegalOffice]);
    public static readonly AssignUserRequest AssignUser = new(DemoIdentities.MarketUnitId, [Roles.EnforcementOfficer], "张三");
    public static readonly SetPasswordRequest SetPassword = new("请换成至少十位的新密码");
    public static readonly RegisterDistrictSystemRequest DistrictSystem = new("district-data-exchange", "区政务数据共享交换平台", null);
    public static readonly RegisterFrontEndRequest FrontEnd = new(
        "staff-console", "执法人员工作台", [new Uri("https://rule-of-law.example.gov.cn/console/callback")], [new Uri("https://rule-of-law.example.gov.cn/console/")]);
}
