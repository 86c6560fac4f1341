using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace RuleOfLaw.BuildingBlocks.Errors;

/// <summary>
/// What a client reads when a value could not be read: never the framework's message, which names .NET types
/// (<c>could not be converted to RuleOfLaw.….Kind</c>, <c>Failed to bind parameter "DateOnly inForceOn"</c>).
/// A value that is not one of an enumeration's names is told the names it may take.
/// </summary>
internal static partial class UnreadableValue
{
    public static string Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json && EnumNamed(json.Message) is { } enumeration)
        {
            var names = Enum.GetNames(enumeration);
            return ProblemLanguage.Text($"取值必须是以下之一：{string.Join("、", names)}。", $"Must be one of: {string.Join(", ", names)}.");
        }

        return bad.InnerException is JsonException
            ? ProblemLanguage.Text("该值无法读取：类型或格式不符合要求。", "The value could not be read: wrong type or format.")
            : ProblemLanguage.Text("请求中的某个值无法读取：类型或格式不符合要求。", "A value of the request could not be read: wrong type or format.");
    }

    /// <summary>The enumeration the JSON reader could not convert to, when the message names one.</summary>
    private static Type? EnumNamed(string message)
    {
        var match = ConvertedTo().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["type"].Value;
        var nullable = NullableOf().Match(name);
        if (nullable.Success)
        {
            name = nullable.Groups["type"].Value;
        }

        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .Select(a => a.GetType(name, throwOnError: false))
            .FirstOrDefault(t => t is { IsEnum: true });
    }

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\.? Path:", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<type>[^\],]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NullableOf();
}
