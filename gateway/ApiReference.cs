using Scalar.AspNetCore;

namespace RuleOfLaw.Gateway;

/// <summary>
/// One API reference page for the whole system at <see cref="Path"/>: every OpenAPI document the proxy
/// serves (each route under <c>/openapi/</c>), rendered by Scalar from the script embedded in its
/// package — nothing is fetched from elsewhere: no CDN, no fonts, no telemetry.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api-reference";

    /// <summary>The OpenAPI documents named by the proxy's routes, e.g. <c>("normative-documents", "/openapi/normative-documents.json")</c>.</summary>
    public static IReadOnlyList<(string Name, string Url)> Documents(IConfiguration configuration) =>
    [
        .. configuration.GetSection("ReverseProxy:Routes").GetChildren()
            .Select(route => route["Match:Path"])
            .OfType<string>()
            .Where(path => path.StartsWith("/openapi/", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal))
            .Select(path => (System.IO.Path.GetFileNameWithoutExtension(path), path))
            .OrderBy(document => document.Item1, StringComparer.Ordinal),
    ];

    public static IEndpointConventionBuilder MapApiReference(this WebApplication app)
    {
        var documents = Documents(app.Configuration);
        return app.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("RuleOfLaw API")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .WithNonce()
                .AddServer(new ScalarServer("/", "this gateway"));
            foreach (var (name, url) in documents)
            {
                options.AddDocument(name, name, url, isDefault: name == "normative-documents");
            }
        });
    }
}
