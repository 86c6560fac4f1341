using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace RuleOfLaw.Web.Components;

/// <summary>SVG pieces Razor cannot write itself: <c>&lt;text&gt;</c> is Razor's own tag.</summary>
public static class Svg
{
    public static MarkupString Text(double x, double y, string content, string cssClass, string anchor = "start") =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.##}\" y=\"{y:0.##}\" text-anchor=\"{anchor}\" class=\"{WebUtility.HtmlEncode(cssClass)}\">{WebUtility.HtmlEncode(content)}</text>"));
}
