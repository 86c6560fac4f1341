using System.Text.Json;
using System.Text.RegularExpressions;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Deploy.Tests;

/// <summary>
/// The parts that run as images — every project naming a <c>ContainerRepository</c> — and, read from their
/// source, the configuration each one reads: the keys and sections it names, the properties of the settings it
/// binds, its appsettings.json, and its connection strings.
/// </summary>
public sealed partial class Part
{
    private Part(string name, string projectFile)
    {
        Name = name;
        ProjectFile = projectFile;
        Directory = Path.GetDirectoryName(projectFile)!;
        Sources = [.. ProjectClosure(projectFile).SelectMany(project => System.IO.Directory
            .EnumerateFiles(Path.GetDirectoryName(project)!, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))];
        var code = string.Join('\n', Sources.Select(File.ReadAllText));

        var literals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in ConfigurationLiteral().Matches(code))
        {
            literals.Add(match.Groups["key"].Value);
        }

        var settings = Path.Combine(Directory, "appsettings.json");
        if (File.Exists(settings))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(settings), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            Flatten(json.RootElement, "", literals);
        }

        TopLevelNames = literals.Select(l => l.Split(':')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Segments = literals.SelectMany(l => l.Split(':')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in SettingsProperty().Matches(code))
        {
            Segments.Add(match.Groups["name"].Value);
        }

        var names = ResourceNameValues();
        foreach (Match service in DatabaseConnection().Matches(code))
        {
            if (names.TryGetValue(service.Groups["service"].Value, out var serviceName) && serviceName == name)
            {
                DatabaseConnectionName = names[service.Groups["db"].Value];
            }
        }

        HasMigrations = System.IO.Directory.Exists(Path.Combine(Directory, "Data", "Migrations"));
    }

    public static IReadOnlyDictionary<string, Part> All { get; } = Discover();

    public string Name { get; }

    public string ProjectFile { get; }

    public string Directory { get; }

    /// <summary>Its own database's connection-string name (ResourceNames), or null for the gateway.</summary>
    public string? DatabaseConnectionName { get; }

    public bool HasMigrations { get; }

    public IReadOnlyList<string> Sources { get; }

    private HashSet<string> TopLevelNames { get; }

    private HashSet<string> Segments { get; }

    /// <summary>
    /// Whether the part reads <paramref name="key"/> (<c>A:B:0:C</c>): its first name is a key or section the
    /// part names, and every further name is one it names or a property of the settings it binds (indices pass).
    /// Connection strings are the part's own database and, for the services, the broker.
    /// </summary>
    public bool Reads(string key)
    {
        var segments = key.Split(':');
        if (segments[0].Equals("ConnectionStrings", StringComparison.OrdinalIgnoreCase))
        {
            return segments.Length == 2 && DatabaseConnectionName is not null
                && (segments[1] == DatabaseConnectionName || segments[1] == "messaging");
        }

        return TopLevelNames.Contains(segments[0])
            && segments.Skip(1).All(s => s.All(char.IsAsciiDigit) || Segments.Contains(s));
    }

    /// <summary>The ResourceNames constants: "Decisions" → "decisions", "DecisionsDb" → "decisionsdb".</summary>
    public static IReadOnlyDictionary<string, string> ResourceNameValues() =>
        ResourceNameConstant().Matches(File.ReadAllText(Path.Combine(Repository.Root, "ServiceDefaults", "ResourceNames.cs")))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);

    private static Dictionary<string, Part> Discover() =>
        System.IO.Directory.EnumerateFiles(Repository.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}tests{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: f, Match: ContainerRepository().Match(File.ReadAllText(f))))
            .Where(p => p.Match.Success)
            .ToDictionary(p => p.Match.Groups["name"].Value, p => new Part(p.Match.Groups["name"].Value, p.File));

    private static HashSet<string> ProjectClosure(string projectFile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(projectFile)]);
        while (pending.TryPop(out var project))
        {
            if (!seen.Add(project))
            {
                continue;
            }

            foreach (Match reference in ProjectReference().Matches(File.ReadAllText(project)))
            {
                var path = reference.Groups["path"].Value.Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, path)));
            }
        }

        return seen;
    }

    private static void Flatten(JsonElement element, string prefix, HashSet<string> keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var key = prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}";
            keys.Add(key);
            Flatten(property.Value, key, keys);
        }
    }

    [GeneratedRegex(@"<ContainerRepository>ruleoflaw/(?<name>[a-z-]+)</ContainerRepository>")]
    private static partial Regex ContainerRepository();

    [GeneratedRegex(@"<ProjectReference Include=""(?<path>[^""]+)""")]
    private static partial Regex ProjectReference();

    [GeneratedRegex(@"(?:GetSection|GetValue(?:<[^>(]+>)?|GetConnectionString)\(""(?<key>[^""]+)""|\[""(?<key>[A-Za-z_][A-Za-z0-9_:]*)""\]|(?:Section|Key) = ""(?<key>[^""]+)""")]
    private static partial Regex ConfigurationLiteral();

    [GeneratedRegex(@"public\s+[\w<>\[\]?,. ]+\s+(?<name>[A-Z]\w*)\s*\{\s*get;\s*(?:set|init);")]
    private static partial Regex SettingsProperty();

    [GeneratedRegex(@"const string (?<name>\w+) = ""(?<value>[^""]+)"";")]
    private static partial Regex ResourceNameConstant();

    [GeneratedRegex(@"ServiceNames Names = new\(ResourceNames\.(?<service>\w+), ""[^""]*"", ResourceNames\.(?<db>\w+)[,)]")]
    private static partial Regex DatabaseConnection();
}
