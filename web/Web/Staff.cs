namespace RuleOfLaw.Web;

/// <summary>The staff roles that see the console (the identity service's role names).</summary>
public static class Staff
{
    public const string Roles = "unit-staff,unit-head,legal-office,enforcement-officer,reconsideration-officer,appraisal-admin,admin";
}
