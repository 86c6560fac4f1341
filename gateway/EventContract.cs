using System.Reflection;
using System.Text.RegularExpressions;

namespace RuleOfLaw.Gateway;

/// <summary>
/// Serves the event contract next to the OpenAPI documents: the AsyncAPI document at
/// <c>/openapi/events/asyncapi.json</c> and each event's JSON Schema at <c>/openapi/events/schemas/&lt;type&gt;.json</c>.
/// The files are those generated into services/Contracts/contract and embedded at build time.
/// </summary>
public static partial class EventContract
{
    public const string AsyncApiPath = "/openapi/events/asyncapi.json";

    private const string ResourcePrefix = "EventContract/";

    private static readonly Assembly Self = typeof(EventContract).Assembly;

    public static void MapEventContract(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(AsyncApiPath, () => Serve("asyncapi.json", "application/json"));
        routes.MapGet("/openapi/events/schemas/{file}", (string file) =>
            SchemaFile().IsMatch(file) ? Serve("schemas/" + file, "application/schema+json") : Results.NotFound());
    }

    private static IResult Serve(string path, string contentType) =>
        Self.GetManifestResourceStream(ResourcePrefix + path) is { } stream
            ? Results.Stream(stream, contentType)
            : Results.NotFound();

    [GeneratedRegex("^ruleoflaw(\\.[a-z0-9-]+)+\\.json$")]
    private static partial Regex SchemaFile();
}
