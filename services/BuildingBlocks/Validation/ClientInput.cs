using System.Globalization;
using System.Text.RegularExpressions;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.BuildingBlocks.Validation;

/// <summary>
/// What a client may send as text and dates, whatever the endpoint; <see cref="ClientInputGuard"/>
/// applies it to every request of every service, so input PostgreSQL or date arithmetic cannot take
/// answers 400 naming the field instead of 500.
/// </summary>
/// <remarks>
/// Text: no control characters (U+0000–U+001F, U+007F–U+009F) and no lone UTF-16 surrogates. Free
/// text in a JSON body or a form (a comment, a draft's body, a reason) may hold tab, line feed and
/// carriage return; a one-line value may not: query strings, route values, and JSON properties named
/// <c>title</c>, <c>name</c>, <c>code</c> or <c>number</c> or ending in <c>Name</c>, <c>Id</c>,
/// <c>Code</c> or <c>Number</c> (and the strings of arrays they name).
/// Dates: a value that is a whole ISO 8601 date or date-time (<c>2027-01-01</c>,
/// <c>2027-01-01T08:00:00+08:00</c>) must lie in the years <see cref="FirstYear"/> to
/// <see cref="LastYear"/>: wide enough for any record of the district, narrow enough that adding
/// statutory periods can never overflow.
/// </remarks>
public static partial class ClientInput
{
    public const int FirstYear = 1900;
    public const int LastYear = 2999;

    /// <summary>Why <paramref name="value"/> is refused as text, or null when it is acceptable.</summary>
    public static string? ProblemWithText(string value, bool oneLine)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return ProblemLanguage.Text($"第 {i} 个位置有不成对的代理字符（U+{(int)c:X4}）。", $"Contains an unpaired surrogate (U+{(int)c:X4}) at position {i}.");
            }

            if (char.IsControl(c) && (oneLine || c is not ('\t' or '\n' or '\r')))
            {
                return ProblemLanguage.Text(
                    $"第 {i} 个位置有控制字符 U+{(int)c:X4}；{(oneLine ? "单行值不允许任何控制字符" : "只允许制表符和换行符")}。",
                    $"Contains the control character U+{(int)c:X4} at position {i}; {(oneLine ? "a one-line value allows none" : "only tab and line breaks are allowed")}.");
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="value"/>, if it is an ISO date or date-time, is refused; null when it is not a date or is in range.</summary>
    public static string? ProblemWithDate(string value)
    {
        var match = IsoDate().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var year = int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : int.MaxValue;
        return year is >= FirstYear and <= LastYear
            ? null
            : ProblemLanguage.Text(
                string.Create(CultureInfo.InvariantCulture, $"年份 {match.Groups[1].Value} 超出 {FirstYear}–{LastYear} 的范围。"),
                string.Create(CultureInfo.InvariantCulture, $"The year {match.Groups[1].Value} is outside {FirstYear}–{LastYear}."));
    }

    /// <summary>Names, titles, ids, codes and numbers are one line.</summary>
    public static bool IsOneLine(string? field) =>
        field is "title" or "name" or "code" or "number"
        || (field is not null && (field.EndsWith("Name", StringComparison.Ordinal) || field.EndsWith("Id", StringComparison.Ordinal)
            || field.EndsWith("Code", StringComparison.Ordinal) || field.EndsWith("Number", StringComparison.Ordinal)));

    [GeneratedRegex(@"^[+-]?(\d{4,})-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
