namespace RuleOfLaw.Identity.Data;

/// <summary>Column lengths, shared by the database model and the request validators so a valid request always fits.</summary>
public static class Limits
{
    public const int Code = 50;
    public const int Name = 100;
    public const int UserName = 64;
    public const int ClientId = 100;
    public const int Uri = 500;
}
