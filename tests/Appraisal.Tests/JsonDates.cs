using System.Globalization;
using System.Text.Json;

namespace RuleOfLaw.Appraisal.Tests;

internal static class JsonDates
{
    /// <summary>A calendar date as the API writes it, <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly GetDateOnly(this JsonElement element) => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
