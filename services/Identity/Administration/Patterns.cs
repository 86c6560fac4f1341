namespace RuleOfLaw.Identity.Administration;

/// <summary>The shapes of names that end up in URLs, tokens and other systems' records.</summary>
internal static class Patterns
{
    public const string Code = "^[a-z0-9][a-z0-9-]*$";
    public const string CodeMessage = "Lower-case letters, digits and hyphens, starting with a letter or digit.";

    public const string UserName = "^[a-z0-9][a-z0-9._-]*$";
    public const string UserNameMessage = "Lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.";

    public const string ClientId = "^[a-z0-9][a-z0-9._-]*$";

    public const int MinPasswordLength = 10;
}
