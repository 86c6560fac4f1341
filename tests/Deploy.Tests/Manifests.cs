using System.Diagnostics;
using RuleOfLaw.Testing;
using YamlDotNet.RepresentationModel;

namespace RuleOfLaw.Deploy.Tests;

/// <summary>A program's exit code and output.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Errors);

/// <summary>Reads deploy/: the overlays as <c>kubectl kustomize</c> renders them, the compose file as compose merges it.</summary>
public static class Manifests
{
    public static readonly string[] Overlays = ["dev", "production"];

    public static string Compose { get; } = Path.Combine(Repository.Root, "deploy", "compose", "compose.yaml");

    public static async Task<ToolResult> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ToolResult(process.ExitCode, await output, await errors);
    }

    /// <summary>
    /// The trait of the tests that render the overlays: the test command leaves them out, saying so, on a
    /// machine without kubectl 1.27 or later.
    /// </summary>
    public const string NeedsKubectl = "NeedsKubectl";

    /// <summary>The overlay's objects, rendered by <c>kubectl kustomize</c>.</summary>
    public static async Task<IReadOnlyList<YamlMappingNode>> RenderAsync(string overlay)
    {
        var rendered = await RunAsync("kubectl", "kustomize", Path.Combine(Repository.Root, "deploy", "k8s", "overlays", overlay));
        if (rendered.ExitCode != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {overlay} failed: {rendered.Errors}");
        }

        return Load(rendered.Output);
    }

    /// <summary>The compose file with its merge keys (<c>&lt;&lt;: *anchor</c>) applied.</summary>
    public static YamlMappingNode LoadCompose() => (YamlMappingNode)Merged(Load(File.ReadAllText(Compose)).Single());

    public static IReadOnlyList<YamlMappingNode> Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    /// <summary>YAML's merge keys: a mapping's own keys win over those it merges, which merge theirs in turn.</summary>
    private static YamlNode Merged(YamlNode node)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                return new YamlSequenceNode(sequence.Children.Select(Merged));
            case YamlMappingNode map:
                var merged = new YamlMappingNode();
                foreach (var (key, value) in map.Children.Where(e => ((YamlScalarNode)e.Key).Value != "<<"))
                {
                    merged.Add(key, Merged(value));
                }

                var sources = map.Children.Where(e => ((YamlScalarNode)e.Key).Value == "<<").Select(e => e.Value)
                    .SelectMany(v => v is YamlSequenceNode many ? many.Children : [v]);
                foreach (var source in sources.Select(Merged).OfType<YamlMappingNode>())
                {
                    foreach (var (key, value) in source.Children.Where(e => !merged.Children.ContainsKey(e.Key)))
                    {
                        merged.Add(key, value);
                    }
                }

                return merged;
            default:
                return node;
        }
    }

    public static string? Text(this YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var step in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(step), out var next))
            {
                return null;
            }

            current = next;
        }

        return (current as YamlScalarNode)?.Value;
    }

    public static YamlNode? Node(this YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var step in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(step), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static IEnumerable<YamlNode> Items(this YamlNode? node) => node is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(this YamlNode? node) =>
        node is YamlMappingNode map ? map.Children : [];
}
