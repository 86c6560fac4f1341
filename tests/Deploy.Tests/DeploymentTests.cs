using System.Text.RegularExpressions;
using RuleOfLaw.Testing;
using YamlDotNet.RepresentationModel;

namespace RuleOfLaw.Deploy.Tests;

/// <summary>
/// deploy/ names only what exists: every overlay renders, the compose file validates against the Compose
/// specification, and every image and environment variable the manifests name is a part's image and a key
/// that part reads.
/// </summary>
public sealed partial class DeploymentTests
{
    /// <summary>Read by the .NET host or the container runtime itself, not through the parts' own configuration.</summary>
    private static readonly string[] HostVariablePrefixes = ["ASPNETCORE_", "DOTNET_"];

    [Fact]
    public void Every_part_is_an_image_named_after_its_resource()
    {
        var resourceNames = Part.ResourceNameValues().Values.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(
            ["appraisal", "decisions", "enforcement", "gateway", "identity", "normative-documents", "reconsideration"],
            Part.All.Keys.Order(StringComparer.Ordinal));
        Assert.All(Part.All.Keys, name => Assert.Contains(name, resourceNames));
    }

    [Theory]
    [Trait("Category", Manifests.NeedsKubectl)]
    [InlineData("dev")]
    [InlineData("production")]
    public async Task The_overlay_renders_with_a_deployment_per_part_and_a_migration_job_per_database(string overlay)
    {
        var objects = await Manifests.RenderAsync(overlay);
        var deployments = objects.Where(o => o.Text("kind") == "Deployment").Select(o => o.Text("metadata", "name")).ToHashSet();
        var jobs = objects.Where(o => o.Text("kind") == "Job").Select(o => o.Text("metadata", "name")).ToHashSet();
        foreach (var part in Part.All.Values)
        {
            Assert.Contains(part.Name, deployments);
            if (part.HasMigrations)
            {
                Assert.Contains($"migrate-{part.Name}", jobs);
            }
        }

        foreach (var kind in new[] { "HorizontalPodAutoscaler", "PodDisruptionBudget" })
        {
            Assert.Equal(Part.All.Count, objects.Count(o => o.Text("kind") == kind && Part.All.ContainsKey(o.Text("metadata", "name") ?? "")));
        }
    }

    [Theory]
    [Trait("Category", Manifests.NeedsKubectl)]
    [InlineData("dev")]
    [InlineData("production")]
    public async Task Every_image_the_overlay_names_is_a_parts_image_or_its_migration_bundle(string overlay)
    {
        var objects = await Manifests.RenderAsync(overlay);
        foreach (var (owner, container) in Containers(objects))
        {
            var image = container.Text("image")!;
            if (owner == "otel-collector")
            {
                continue;
            }

            var match = OwnImage().Match(image);
            Assert.True(match.Success, $"{owner} runs {image}, which is not a RuleOfLaw image");
            var name = match.Groups["name"].Value;
            if (name.EndsWith("-migrations", StringComparison.Ordinal))
            {
                var part = Assert.Contains(name[..^"-migrations".Length], Part.All);
                Assert.True(part.HasMigrations, $"{image}: {part.Name} has no migrations");
                Assert.Equal($"migrate-{part.Name}", owner);
            }
            else
            {
                Assert.Equal(owner, name);
            }
        }
    }

    [Theory]
    [Trait("Category", Manifests.NeedsKubectl)]
    [InlineData("dev")]
    [InlineData("production")]
    public async Task Every_environment_variable_the_overlay_sets_is_read_by_its_part(string overlay)
    {
        var objects = await Manifests.RenderAsync(overlay);
        var configMaps = objects.Where(o => o.Text("kind") == "ConfigMap")
            .ToDictionary(o => o.Text("metadata", "name")!, o => o.Node("data").Entries().Select(e => ((YamlScalarNode)e.Key).Value!).ToList());
        var unread = new List<string>();
        foreach (var (owner, container) in Containers(objects))
        {
            if (!Part.All.TryGetValue(owner, out var part))
            {
                continue; // the collector and the migration bundles take no configuration of RuleOfLaw's
            }

            var names = container.Node("env").Items().Select(e => e.Text("name")!).ToList();
            var values = string.Join('\n', container.Node("env").Items().Select(e => e.Text("value") ?? ""));
            foreach (var source in container.Node("envFrom").Items())
            {
                var map = source.Text("configMapRef", "name")!;
                names.AddRange(Assert.Contains(map, configMaps));
            }

            unread.AddRange(Unread(part, names, values).Select(n => $"{overlay}/{owner}: {n}"));
        }

        Assert.Empty(unread);
    }

    [Fact]
    public async Task The_compose_file_validates_against_the_compose_specification()
    {
        var cli = Path.Combine(Repository.Root, "tools", "dclint", "node_modules", "dclint", "bin", "dclint.cjs");
        Assert.True(File.Exists(cli), $"dclint is not installed: run `npm ci` in {Path.Combine(Repository.Root, "tools", "dclint")} (scripts/test.sh does).");
        var result = await Manifests.RunAsync("node", cli, Manifests.Compose, "--quiet", "--color", "false");
        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
    }

    [Fact]
    public void Every_image_and_environment_variable_of_the_compose_file_is_a_parts()
    {
        var services = Manifests.LoadCompose().Node("services").Entries().ToList();
        var unread = new List<string>();
        foreach (var (key, service) in services)
        {
            var name = ((YamlScalarNode)key).Value!;
            var image = service.Text("image")!;
            if (!image.Contains("ruleoflaw/", StringComparison.Ordinal))
            {
                continue; // PostgreSQL and RabbitMQ
            }

            Assert.Equal($"${{REGISTRY:-}}ruleoflaw/{name}:${{TAG:-latest}}", image);
            var part = Assert.Contains(name, Part.All);
            var environment = service.Node("environment").Entries().ToList();
            var values = string.Join('\n', environment.Select(e => (e.Value as YamlScalarNode)?.Value ?? ""));
            unread.AddRange(Unread(part, environment.Select(e => ((YamlScalarNode)e.Key).Value!), values).Select(n => $"compose/{name}: {n}"));
        }

        Assert.Empty(unread);
        Assert.Equal(Part.All.Keys.Order(StringComparer.Ordinal), services.Select(s => ((YamlScalarNode)s.Key).Value!).Where(Part.All.ContainsKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_check_refuses_a_key_no_part_reads()
    {
        var decisions = Part.All["decisions"];
        Assert.True(decisions.Reads("Database:MigrateOnStartup"));
        Assert.True(decisions.Reads("Authentication:Revocations:Address"));
        Assert.True(decisions.Reads("ConnectionStrings:decisionsdb"));
        Assert.False(decisions.Reads("Database:MigrateOnStart"));
        Assert.False(decisions.Reads("Authentication:Revocations:Adress"));
        Assert.False(decisions.Reads("ConnectionStrings:documentsdb"));
        Assert.False(Part.All["gateway"].Reads("ConnectionStrings:messaging"));
    }

    /// <summary>
    /// The variables <paramref name="part"/> would not read. Variables that other values refer to as <c>$(NAME)</c>
    /// (Kubernetes expands them) are not configuration; the gateway's <c>services__X__http__0</c> must name a
    /// cluster of its routes.
    /// </summary>
    private static IEnumerable<string> Unread(Part part, IEnumerable<string> variables, string values)
    {
        foreach (var variable in variables)
        {
            if (HostVariablePrefixes.Any(p => variable.StartsWith(p, StringComparison.Ordinal)) || values.Contains($"$({variable})", StringComparison.Ordinal))
            {
                continue;
            }

            var key = variable.Replace("__", ":", StringComparison.Ordinal);
            if (part.Name == "gateway" && key.StartsWith("services:", StringComparison.Ordinal))
            {
                var cluster = key.Split(':')[1];
                var routes = File.ReadAllText(Path.Combine(part.Directory, "appsettings.json"));
                if (Part.All.ContainsKey(cluster) && routes.Contains($"\"http://{cluster}\"", StringComparison.Ordinal))
                {
                    continue;
                }
            }
            else if (part.Reads(key))
            {
                continue;
            }

            yield return variable;
        }
    }

    /// <summary>Each container of a Deployment or Job, with the name of what runs it.</summary>
    private static IEnumerable<(string Owner, YamlNode Container)> Containers(IEnumerable<YamlMappingNode> objects) =>
        from o in objects
        where o.Text("kind") is "Deployment" or "Job"
        from c in o.Node("spec", "template", "spec", "containers").Items()
        select (o.Text("metadata", "name")!, c);

    [GeneratedRegex(@"^(?:[^/]+/)*ruleoflaw/(?<name>[a-z-]+):[\w.-]+$")]
    private static partial Regex OwnImage();
}
