using System.Diagnostics;
using System.Text.Json;

namespace RuleOfLaw.Testing;

/// <summary>
/// Spectral with the OWASP API Security ruleset (<c>tools/spectral/.spectral.yaml</c>), installed by
/// <c>scripts/test.sh</c> into <c>tools/spectral</c> from its lock file.
/// </summary>
public static class OpenApiLint
{
    public sealed record Finding(string Rule, int Severity, string Message, string Path);

    /// <summary>Lints <paramref name="document"/> and answers every finding (severity 0 is an error).</summary>
    public static async Task<IReadOnlyList<Finding>> LintAsync(string document, string name)
    {
        var cli = Path.Combine(Repository.Root, "tools", "spectral", "node_modules", "@stoplight", "spectral-cli", "dist", "index.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"Spectral is not installed: run `npm ci` in {Path.Combine(Repository.Root, "tools", "spectral")} (scripts/test.sh does).");
        }

        var folder = Directory.CreateTempSubdirectory("ruleoflaw-openapi-");
        try
        {
            var file = Path.Combine(folder.FullName, name + ".json");
            await File.WriteAllTextAsync(file, document);
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Repository.Root,
            };
            foreach (var argument in new[] { cli, "lint", file, "--ruleset", Path.Combine(Repository.Root, "tools", "spectral", ".spectral.yaml"), "--format", "json", "--quiet", "--fail-severity", "error" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var json = await output;
            if (json.TrimStart() is not ['[', ..])
            {
                throw new InvalidOperationException($"Spectral failed (exit {process.ExitCode}): {json} {await errors}");
            }

            using var results = JsonDocument.Parse(json);
            return [.. results.RootElement.EnumerateArray().Select(r => new Finding(
                r.GetProperty("code").GetString() ?? "",
                r.GetProperty("severity").GetInt32(),
                r.GetProperty("message").GetString() ?? "",
                string.Join('.', r.GetProperty("path").EnumerateArray().Select(p => p.ToString()))))];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
