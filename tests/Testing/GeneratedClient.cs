using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace RuleOfLaw.Testing;

/// <summary>
/// A C# client generated from a service's OpenAPI document with NSwag, as a front-end or integration team would
/// generate it, and compiled: the document is fit for client generation when this compiles without errors.
/// </summary>
public static class GeneratedClient
{
    /// <summary>Generates the client of <paramref name="document"/> and answers the compiler's errors (none when it compiles).</summary>
    public static async Task<IReadOnlyList<string>> CompileAsync(string document, string name)
    {
        var openApi = await OpenApiDocument.FromJsonAsync(document);
        var generator = new CSharpClientGenerator(openApi, new CSharpClientGeneratorSettings
        {
            ClassName = "{controller}Client",
            OperationNameGenerator = new NSwag.CodeGeneration.OperationNameGenerators.SingleClientFromOperationIdOperationNameGenerator(),
            CSharpGeneratorSettings =
            {
                Namespace = "RuleOfLaw.Clients." + string.Concat(name.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])),
                JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson,
            },
        });
        var code = generator.GenerateFile();
        var compilation = CSharpCompilation.Create(
            "RuleOfLaw.Clients." + name,
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            PlatformReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var assembly = new MemoryStream();
        var result = compilation.Emit(assembly);
        return [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
    }

    /// <summary>The assemblies of the running .NET, which the generated client is compiled against.</summary>
    private static List<MetadataReference> PlatformReferences()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return [.. trusted
            .Where(path => Path.GetFileName(path) is var file && (file.StartsWith("System.", StringComparison.Ordinal) || file is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(object).GetTypeInfo().Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
