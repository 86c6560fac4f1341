using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RuleOfLaw.BuildingBlocks.Domain;
using Xunit;

namespace RuleOfLaw.Testing;

/// <summary>
/// What a front end relies on, for every service: problem details in Chinese unless the client asks for English,
/// messages that never name a .NET type, and an OpenAPI document a client generator reads as the API behaves.
/// </summary>
public abstract partial class ServiceContractTests<TContext>
{
    [Fact]
    public void Everyone_rule_the_service_enforces_has_a_Chinese_and_an_English_name_for_its_refusals()
    {
        var rules = typeof(TContext).Assembly.GetTypes().Append(typeof(BuildingBlocks.Calendar.WorkingCalendarYear))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(Rule))
            .Select(f => (Rule)f.GetValue(null)!)
            .ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, rule =>
        {
            Assert.True(HasChinese(rule.Name), $"{rule.Id} has no Chinese name: '{rule.Name}'");
            Assert.False(string.IsNullOrWhiteSpace(rule.EnglishName) || HasChinese(rule.EnglishName), $"{rule.Id} has no English name: '{rule.EnglishName}'");
        });
    }

    [Fact]
    public async Task Everyone_field_errors_read_in_Chinese_by_default_and_in_English_on_Accept_Language_en()
    {
        using var reader = service.CreateClient();
        using var client = await CreateWriterAsync();
        var creating = (await OperationsAsync(reader))
            .Where(op => op.Method == "POST" && !op.Path.Contains('{', StringComparison.Ordinal) && op.Operation.TryGetProperty("requestBody", out _))
            .ToList();
        var answered = 0;
        foreach (var op in creating)
        {
            var (status, chinese) = await SendAsync(client, op, "{}", language: null);
            if (status != HttpStatusCode.BadRequest)
            {
                continue;
            }

            answered++;
            var (_, english) = await SendAsync(client, op, "{}", language: "en");
            Assert.All(chinese, m => Assert.True(HasChinese(m.Message), $"POST {op.Path} {m.Field}: '{m.Message}' is not Chinese"));
            Assert.All(english, m => Assert.False(HasChinese(m.Message), $"POST {op.Path} {m.Field} with Accept-Language en: '{m.Message}'"));
            Assert.All(chinese.Concat(english), m => AssertNamesNoType(op, m));
        }

        Assert.True(answered > 0 || creating.Count == 0, "no creating operation refused an empty body");
    }

    /// <summary>
    /// Each string of each example body sent as <c>true</c>: a value the reader cannot convert (text, a date, an id,
    /// an enumeration). The answer is 400 in Chinese naming no .NET type, or 404/403 where the record or the role is checked first.
    /// </summary>
    [Fact]
    public async Task Everyone_unreadable_value_answers_400_in_Chinese_without_naming_a_dotnet_type()
    {
        using var reader = service.CreateClient();
        using var client = await CreateWriterAsync();
        foreach (var op in (await OperationsAsync(reader)).Where(op => op.Method is "POST" or "PUT" or "PATCH"))
        {
            if (!op.Operation.TryGetProperty("requestBody", out var body)
                || !body.GetProperty("content").TryGetProperty("application/json", out var media)
                || !media.TryGetProperty("example", out var example)
                || JsonNode.Parse(example.GetRawText()) is not JsonObject fields)
            {
                continue;
            }

            foreach (var name in fields.Where(f => f.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String).Select(f => f.Key).ToList())
            {
                var bad = (JsonObject)fields.DeepClone();
                bad[name] = JsonValue.Create(true);
                var (status, messages) = await SendAsync(client, op with { Path = Route(op) }, bad.ToJsonString(), language: null);
                // 403 where the writer's roles do not reach the operation: access is decided before the body is read.
                Assert.True(
                    status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Forbidden,
                    $"{op.Method} {op.Path} with {name}: true answered {(int)status}");
                Assert.All(messages, m =>
                {
                    Assert.True(HasChinese(m.Message), $"{op.Method} {op.Path} {m.Field}: '{m.Message}' is not Chinese");
                    AssertNamesNoType(op, m);
                });
            }
        }
    }

    [Fact]
    public async Task Everyone_OpenApi_document_reads_as_the_API_behaves_for_client_generators()
    {
        using var client = service.CreateClient();
        var text = await client.GetStringAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;

        var mixed = TypesOf(root).Where(t => t.Contains("string") && (t.Contains("integer") || t.Contains("number"))).ToList();
        Assert.True(mixed.Count == 0, $"{mixed.Count} numbers typed also as strings, e.g. [{string.Join(",", mixed.FirstOrDefault() ?? [])}]");

        var schemas = root.GetProperty("components").GetProperty("schemas");
        var problem = schemas.GetProperty("ProblemDetails").GetProperty("properties");
        Assert.True(problem.TryGetProperty("ruleId", out _) && problem.TryGetProperty("basis", out _), "ProblemDetails has no ruleId/basis");
        Assert.True(schemas.GetProperty("HttpValidationProblemDetails").GetProperty("properties").TryGetProperty("errors", out _), "no errors in the 400 schema");

        foreach (var op in await OperationsAsync(client))
        {
            var parameters = op.Operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            Assert.All(
                parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()!),
                name => Assert.True(char.IsLower(name[0]), $"{op.Method} {op.Path}: query parameter {name} is not camelCase"));

            var responses = op.Operation.GetProperty("responses");
            if (responses.TryGetProperty("400", out var invalid) && invalid.TryGetProperty("content", out var content))
            {
                var schema = content.GetProperty("application/problem+json").GetProperty("schema").GetRawText();
                Assert.True(schema.Contains("HttpValidationProblemDetails", StringComparison.Ordinal), $"{op.Method} {op.Path}: 400 is not the validation problem ({schema})");
            }

            if (responses.TryGetProperty("412", out _) && responses.TryGetProperty("200", out var ok))
            {
                Assert.True(parameters.Any(x => x.GetProperty("name").GetString() == "If-Match" && x.GetProperty("in").GetString() == "header"), $"{op.Method} {op.Path} answers 412 but takes no If-Match");
                Assert.True(ok.TryGetProperty("headers", out var headers) && headers.TryGetProperty("ETag", out _), $"{op.Method} {op.Path} does not answer its ETag");
            }
        }
    }

    [Fact]
    public async Task Everyone_OpenApi_document_generates_a_CSharp_client_that_compiles()
    {
        using var client = service.CreateClient();
        var errors = await GeneratedClient.CompileAsync(await client.GetStringAsync("/openapi/v1.json"), service.Identity.Name);
        Assert.True(errors.Count == 0, $"{errors.Count} compiler errors in the generated client:\n" + string.Join('\n', errors.Take(10)));
    }

    private sealed record FieldMessage(string Field, string Message);

    private static async Task<(HttpStatusCode Status, List<FieldMessage> Messages)> SendAsync(HttpClient client, ApiOperation op, string json, string? language)
    {
        using var request = new HttpRequestMessage(new HttpMethod(op.Method), op.Path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return (response.StatusCode, []);
        }

        var problem = JsonDocument.Parse(text).RootElement;
        var messages = problem.GetProperty("errors").EnumerateObject()
            .SelectMany(f => f.Value.EnumerateArray().Select(m => new FieldMessage(f.Name, m.GetString() ?? "")))
            .Append(new FieldMessage("(title)", problem.GetProperty("title").GetString() ?? ""))
            .ToList();
        return (response.StatusCode, messages);
    }

    private static void AssertNamesNoType(ApiOperation op, FieldMessage message) =>
        Assert.False(
            message.Message.Contains("RuleOfLaw.", StringComparison.Ordinal) || message.Message.Contains("System.", StringComparison.Ordinal)
            || message.Message.Contains("Nullable`", StringComparison.Ordinal),
            $"{op.Method} {op.Path} {message.Field}: '{message.Message}' names a .NET type");

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>Every <c>type</c> given as an array, anywhere in the document.</summary>
    private static IEnumerable<string[]> TypesOf(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "type" && property.Value.ValueKind == JsonValueKind.Array)
                {
                    yield return [.. property.Value.EnumerateArray().Select(t => t.GetString() ?? "")];
                }

                foreach (var found in TypesOf(property.Value))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var found in element.EnumerateArray().SelectMany(TypesOf))
            {
                yield return found;
            }
        }
    }
}
