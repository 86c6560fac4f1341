namespace RuleOfLaw.EventContract;

/// <summary>The generated files, their place in the repository, and the comparison with what is committed.</summary>
public static class ContractFiles
{
    /// <summary>Where the contract is committed, relative to the repository root.</summary>
    public const string RelativeDirectory = "services/Contracts/contract";

    /// <summary>Every generated file by its path relative to the contract directory.</summary>
    public static IReadOnlyDictionary<string, string> Generate()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["asyncapi.json"] = AsyncApiDocument.Generate(),
        };
        foreach (var (type, schema) in EventSchemas.Generate())
        {
            files[$"schemas/{type}.json"] = schema;
        }

        return files;
    }

    /// <summary>The files that are missing, different or no longer generated, relative to <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> Differences(string directory)
    {
        var generated = Generate();
        var differences = generated
            .Where(f => !File.Exists(Path.Combine(directory, f.Key)) || File.ReadAllText(Path.Combine(directory, f.Key)) != f.Value)
            .Select(f => f.Key)
            .ToList();
        if (Directory.Exists(directory))
        {
            differences.AddRange(Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
                .Where(f => !generated.ContainsKey(f)));
        }

        return differences;
    }

    public static void Write(string directory)
    {
        var schemas = Path.Combine(directory, "schemas");
        if (Directory.Exists(schemas))
        {
            Directory.Delete(schemas, recursive: true);
        }

        foreach (var (path, content) in Generate())
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
    }

    /// <summary>The contract directory of the repository this runs in (found from the working directory upwards).</summary>
    public static string DefaultDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RuleOfLaw.sln")))
            {
                return Path.Combine(dir.FullName, RelativeDirectory);
            }
        }

        throw new InvalidOperationException("Run this inside the repository (RuleOfLaw.sln not found above the working directory).");
    }
}
