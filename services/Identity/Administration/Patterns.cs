using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.Identity.Administration;

/// <summary>The shapes of names that end up in URLs, tokens and other systems' records.</summary>
internal static class Patterns
{
    public const string Code = "^[a-z0-9][a-z0-9-]*$";
    public static string CodeMessage => ProblemLanguage.Text("小写字母、数字和连字符，以字母或数字开头。", "Lower-case letters, digits and hyphens, starting with a letter or digit.");

    public const string UserName = "^[a-z0-9][a-z0-9._-]*$";
    public static string UserNameMessage => ProblemLanguage.Text("小写字母、数字、点、连字符和下划线，以字母或数字开头。", "Lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.");

    public const string ClientId = "^[a-z0-9][a-z0-9._-]*$";

    public const int MinPasswordLength = 10;
}
