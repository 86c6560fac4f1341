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
        if (bad.InnerException is JsonException json && EnumNamed(json.Message, json.Path) is { } enumeration)
        {
            var names = Enum.GetNames(enumeration);
            return ProblemLanguage.Text($"取值必须是以下之一：{string.Join("、", names)}。", $"Must be one of: {string.Join(", ", names)}.");
        }

        return bad.InnerException is JsonException
            ? ProblemLanguage.Text("该值无法读取：类型或格式不符合要求。", "The value could not be read: wrong type or format.")
            : ProblemLanguage.Text("请求中的某个值无法读取：类型或格式不符合要求。", "A value of the request could not be read: wrong type or format.");
    }

    /// <summary>
    /// The enumeration the JSON reader could not convert to: the type the message names, or, when it names the
    /// record read through its constructor, the type of that record's property at the end of the path.
    /// </summary>
    private static Type? EnumNamed(string message, string? path)
    {
        var match = ConvertedTo().Match(message);
        if (!match.Success || TypeNamed(match.Groups["type"].Value) is not { } type)
        {
            return null;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return type;
        }

        var member = path?[(path.LastIndexOf('.') + 1)..].Split('[')[0];
        var property = string.IsNullOrEmpty(member)
            ? null
            : type.GetProperty(member, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
        var propertyType = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return propertyType is { IsEnum: true } ? propertyType : null;
    }

    private static Type? TypeNamed(string name)
    {
        var nullable = NullableOf().Match(name);
        if (nullable.Success)
        {
            name = nullable.Groups["type"].Value;
        }

        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .Select(a => a.GetType(name, throwOnError: false))
            .FirstOrDefault(t => t is not null);
    }

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\.? Path:", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<type>[^\],]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NullableOf();
}
