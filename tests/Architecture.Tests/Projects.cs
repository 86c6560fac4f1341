using System.Xml.Linq;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Architecture.Tests;

/// <summary>The repository's projects and their <c>ProjectReference</c>s, read from the .csproj files.</summary>
internal static class Projects
{
    /// <summary>The services: each one deployable, with its own database. None may reference another.</summary>
    public static readonly string[] Services = ["Decisions", "NormativeDocuments", "Enforcement", "Reconsideration", "Appraisal", "Identity"];

    /// <summary>Libraries the services share: <c>services/</c>' BuildingBlocks, Contracts, Procedures, and ServiceDefaults.</summary>
    public static readonly string[] SharedLibraries = ["BuildingBlocks", "Contracts", "Procedures", "ServiceDefaults"];

    public static string Root => Repository.Root;

    /// <summary>The path of a project's .csproj relative to the repository root, with forward slashes.</summary>
    public static string PathOf(string name) => name switch
    {
        "ServiceDefaults" => "ServiceDefaults/ServiceDefaults.csproj",
        "Gateway" => "gateway/Gateway.csproj",
        "AppHost" => "AppHost/AppHost.csproj",
        "Web" => "web/Web/Web.csproj",
        _ when name.EndsWith(".Tests", StringComparison.Ordinal) || name == "Testing" => $"tests/{name}/{name}.csproj",
        _ => $"services/{name}/{name}.csproj",
    };

    /// <summary>The projects <paramref name="project"/> (a path relative to the root) references directly, as relative paths.</summary>
    public static IReadOnlyList<string> ReferencesOf(string project)
    {
        var file = Path.Combine(Root, project);
        var directory = Path.GetDirectoryName(file)!;
        return [.. XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Relative(Path.GetFullPath(Path.Combine(directory, r.Attribute("Include")!.Value.Replace('\\', '/')))))];
    }

    /// <summary><paramref name="project"/>'s references, theirs, and so on (without the project itself).</summary>
    public static IReadOnlySet<string> ClosureOf(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(ReferencesOf(project));
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var reference in ReferencesOf(next))
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    /// <summary>Every test project under <c>tests/</c>, by name (<c>Decisions.Tests</c>).</summary>
    public static IEnumerable<string> TestProjects() =>
        Directory.EnumerateDirectories(Path.Combine(Root, "tests"))
            .Select(Path.GetFileName)
            .Where(name => name!.EndsWith(".Tests", StringComparison.Ordinal) && File.Exists(Path.Combine(Root, PathOf(name))))
            .Order(StringComparer.Ordinal)!;

    private static string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
