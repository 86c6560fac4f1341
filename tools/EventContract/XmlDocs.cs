using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.EventContract;

/// <summary>The summaries of the contract's XML documentation, as plain text, so the schemas say what the code says.</summary>
internal static partial class XmlDocs
{
    private static readonly Lazy<Dictionary<string, string>> Summaries = new(Load);

    public static string? Of(Type type) => Summaries.Value.GetValueOrDefault("T:" + type.FullName);

    public static string? Of(MemberInfo member)
    {
        if (member.DeclaringType is not { } declaring)
        {
            return null;
        }

        return Summaries.Value.GetValueOrDefault($"P:{declaring.FullName}.{member.Name}")
            ?? Summaries.Value.GetValueOrDefault($"P:{typeof(IIntegrationEvent).FullName}.{member.Name}");
    }

    private static Dictionary<string, string> Load()
    {
        var path = Path.ChangeExtension(typeof(IntegrationEvent).Assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The contract's XML documentation is missing; build services/Contracts first.", path);
        }

        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Text(m.Element("summary")!), StringComparer.Ordinal);
    }

    private static string Text(XElement summary)
    {
        var parts = summary.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" } see => ShortName((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? ""),
            XElement element => element.Value,
            _ => "",
        });
        return Spaces().Replace(string.Concat(parts), " ").Trim();
    }

    private static string ShortName(string cref)
    {
        if (cref.StartsWith("T:", StringComparison.Ordinal) && typeof(IntegrationEvent).Assembly.GetType(cref[2..]) is { } type && EventTypes.All.Contains(type))
        {
            return EventTypes.NameOf(type);
        }

        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        var parts = name.Split('.');
        return parts.Length >= 2 && char.IsUpper(parts[^1][0]) && cref.StartsWith("P:", StringComparison.Ordinal)
            ? char.ToLowerInvariant(parts[^1][0]) + parts[^1][1..]
            : parts[^1];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
