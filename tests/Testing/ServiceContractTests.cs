using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Persistence;
using Xunit;

namespace RuleOfLaw.Testing;

/// <summary>
/// What every service promises its clients, proven for each service by a one-line subclass: health,
/// OpenAPI, its routes under its prefix, problem details for bad input, the working calendar.
/// </summary>
public abstract partial class ServiceContractTests<TContext>(ServiceFactory<TContext> service)
    where TContext : ServiceDbContext
{
    protected ServiceFactory<TContext> Service => service;

    /// <summary>A client that may call every write of the service (a unit's staff holding every role, unless the service says otherwise).</summary>
    protected virtual Task<HttpClient> CreateWriterAsync() =>
        Task.FromResult(service.CreateClientFor("contract-unit", Roles.PersonRoles.ToArray()));

    [Fact]
    public async Task Health_and_aliveness_answer_healthy_with_database_and_broker()
    {
        using var client = service.CreateClient();
        var health = await Eventually.Until(() => client.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, "the service is healthy");
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_routes_under_the_service_prefix()
    {
        using var client = service.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.NotEmpty(paths);
        var prefix = service.Identity.RoutePrefix;
        Assert.All(paths, path => Assert.True(path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal), $"{path} is outside {prefix}"));
        Assert.Contains($"{service.Identity.RoutePrefix}/calendar/{{year}}", paths);
    }

    [Fact]
    public async Task OpenApi_gives_every_operation_a_summary_and_every_request_body_an_example()
    {
        using var client = service.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToList();
        Assert.All(operations, op => Assert.True(op.Operation.TryGetProperty("summary", out _), $"{op.Name} has no summary"));
        Assert.All(
            operations.Where(op => op.Operation.TryGetProperty("requestBody", out _)),
            op => Assert.True(
                op.Operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _),
                $"{op.Name} has no request example"));
    }

    [Fact]
    public async Task Everyone_reading_a_malformed_id_anonymously_gets_404_never_401()
    {
        using var client = service.CreateAnonymousClient();
        foreach (var path in new[] { "not-a-guid", "not-a-guid/history", "calendar/not-a-year" })
        {
            var response = await client.GetAsync($"{service.Identity.RoutePrefix}/{path}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Everyone_OpenApi_document_declares_the_bearer_scheme_who_may_call_each_operation_and_its_refusals()
    {
        using var client = service.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var bearer = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToList();
        Assert.All(operations, op =>
        {
            var responses = op.Operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("429", out var limited), $"{op.Name} does not list 429");
            Assert.True(limited.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{op.Name}: 429 without Retry-After");
            var security = op.Operation.GetProperty("security").EnumerateArray().ToList();
            if (op.Operation.GetProperty("x-unit-scope").GetString() == "anyone")
            {
                Assert.False(security.Single().EnumerateObject().Any(), $"{op.Name} is public but requires a scheme");
            }
            else
            {
                Assert.True(security.Single().TryGetProperty("bearer", out _), $"{op.Name} needs a token but does not say so");
                Assert.True(responses.TryGetProperty("401", out _), $"{op.Name} does not list 401");
                Assert.True(responses.TryGetProperty("403", out _), $"{op.Name} does not list 403");
            }
        });
    }

    [Fact]
    public async Task Everyone_OpenApi_document_shows_the_validators_limits_on_request_strings()
    {
        using var client = service.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var text = document.RootElement.GetRawText();
        Assert.Contains("\"maxLength\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everyone_OpenApi_document_passes_the_OWASP_API_ruleset_without_errors()
    {
        using var client = service.CreateClient();
        var document = await client.GetStringAsync("/openapi/v1.json");
        var findings = await OpenApiLint.LintAsync(document, service.Identity.Name);
        var errors = findings.Where(f => f.Severity == 0).ToList();
        TestReport.Write($"OpenAPI lint {service.Identity.Name}: {errors.Count} errors, {findings.Count - errors.Count} warnings and hints");
        Assert.True(
            errors.Count == 0,
            $"{errors.Count} errors:\n" + string.Join('\n', errors.GroupBy(e => e.Rule).Select(g => $"{g.Key} x{g.Count()}: {g.First().Message} at {g.First().Path}")));
    }

    [Fact]
    public async Task Calendar_of_a_year_not_entered_counts_weekends_only()
    {
        using var client = service.CreateClient();
        var year = await client.GetFromJsonAsync<JsonElement>($"{service.Identity.RoutePrefix}/calendar/2099");
        Assert.False(year.GetProperty("defined").GetBoolean());
        Assert.Equal(0, year.GetProperty("holidays").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_routes_and_out_of_range_values_answer_404_problem_details_never_500()
    {
        using var client = service.CreateClient();
        var unknown = await client.GetAsync($"{service.Identity.RoutePrefix}/calendar/1800");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var malformed = await client.GetAsync($"{service.Identity.RoutePrefix}/calendar/not-a-year");
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Everyone_creating_operation_accepts_an_Idempotency_Key()
    {
        using var client = service.CreateClient();
        var operations = await OperationsAsync(client);
        var creating = operations.Where(op => op.Operation.TryGetProperty("responses", out var responses) && responses.TryGetProperty("201", out _)).ToList();
        Assert.All(creating, op => Assert.True(
            op.Operation.TryGetProperty("x-idempotency", out _)
            || (op.Operation.TryGetProperty("parameters", out var parameters)
                && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header")),
            $"{op.Method} {op.Path} creates (201) but takes no Idempotency-Key"));
    }

    /// <summary>
    /// Every JSON body the OpenAPI document describes, sent as its example with one value at a time
    /// made into text PostgreSQL cannot store (U+0000) or a date in the year 9999: the answer is 400
    /// naming that field, or 404 where the record the route names is looked up first; never 500.
    /// </summary>
    [Fact]
    public async Task Everyone_NUL_and_year_9999_in_any_JSON_body_answer_400_naming_the_field_never_500()
    {
        using var reader = service.CreateClient();
        using var client = await CreateWriterAsync();
        var refused = 0;
        foreach (var op in (await OperationsAsync(reader)).Where(op => op.Method is "POST" or "PUT" or "PATCH"))
        {
            if (!op.Operation.TryGetProperty("requestBody", out var body)
                || !body.GetProperty("content").TryGetProperty("application/json", out var media)
                || !media.TryGetProperty("example", out var example))
            {
                continue;
            }

            var path = Route(op);
            foreach (var (field, bad) in Mutations(JsonNode.Parse(example.GetRawText())!))
            {
                using var request = new HttpRequestMessage(new HttpMethod(op.Method), path) { Content = new StringContent(bad, Encoding.UTF8, "application/json") };
                var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(
                    response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound,
                    $"{op.Method} {op.Path} with a bad {field}: {(int)response.StatusCode} {text}");
                if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    refused++;
                    var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
                    Assert.True(errors.TryGetProperty(field, out _), $"{op.Method} {op.Path}: no error for '{field}' in {errors}");
                }
            }
        }

        Assert.True(refused > 0 || service.Identity.Name is "enforcement" or "reconsideration" or "appraisal", "no JSON body was refused at all");
    }

    [Fact]
    public async Task Everyone_control_character_in_a_query_or_a_route_value_answers_400_naming_it_never_500()
    {
        using var client = await CreateWriterAsync();
        foreach (var op in (await OperationsAsync(client)).Where(op => op.Method == "GET"))
        {
            var parameters = op.Operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            var names = parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()!).Append("number");
            foreach (var name in names)
            {
                var response = await client.GetAsync($"{Route(op)}?{Uri.EscapeDataString(name)}=%00");
                await Problems.AssertFieldErrorsAsync(response, name);
                response = await client.GetAsync($"{Route(op)}?{Uri.EscapeDataString(name)}=9999-12-31");
                Assert.True(response.StatusCode is HttpStatusCode.BadRequest, $"GET {op.Path}?{name}=9999-12-31: {(int)response.StatusCode}");
            }

            foreach (var text in parameters.Where(x => x.GetProperty("in").GetString() == "path" && IsText(x)).Select(x => x.GetProperty("name").GetString()!))
            {
                // The server refuses %00 in a path before routing; any other control character reaches the route value.
                await Problems.AssertFieldErrorsAsync(await client.GetAsync(Route(op, (text, "a%01b"))), text);
            }
        }
    }

    private sealed record ApiOperation(string Method, string Path, JsonElement Operation);

    private static async Task<List<ApiOperation>> OperationsAsync(HttpClient client)
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(op => new ApiOperation(op.Name.ToUpperInvariant(), path.Name, op.Value)))
            .ToList();
    }

    private static bool IsText(JsonElement parameter) =>
        parameter.TryGetProperty("schema", out var schema)
        && (!schema.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() == "string")
        && !schema.TryGetProperty("format", out _);

    /// <summary>The operation's path with each parameter filled: a new GUID, a year, or a made-up code.</summary>
    private static string Route(ApiOperation op, params (string Name, string Value)[] given)
    {
        var parameters = op.Operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
        return RouteParameter().Replace(op.Path, match =>
        {
            var name = match.Groups[1].Value;
            if (given.FirstOrDefault(g => g.Name == name) is { Value: { } value })
            {
                return value;
            }

            var parameter = parameters.FirstOrDefault(x => x.GetProperty("name").GetString() == name);
            var schema = parameter.ValueKind == JsonValueKind.Object && parameter.TryGetProperty("schema", out var s) ? s : default;
            if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var format) && format.GetString() == "uuid")
            {
                return Guid.NewGuid().ToString();
            }

            return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type) && type.ToString().Contains("integer", StringComparison.Ordinal)
                ? "2031"
                : "contract-unit";
        });
    }

    /// <summary>The example with one value changed: each string to one holding U+0000, each date's year to 9999; with the field's JSON path.</summary>
    private static IEnumerable<(string Field, string Body)> Mutations(JsonNode example)
    {
        foreach (var (field, steps, original) in Strings(example, "", []))
        {
            yield return (field, With(example, steps, "a\0b"));
            if (IsoDate().IsMatch(original))
            {
                yield return (field, With(example, steps, "9999" + original[4..]));
            }
        }

        static string With(JsonNode example, IReadOnlyList<object> steps, string replacement)
        {
            var copy = example.DeepClone();
            var parent = steps.Take(steps.Count - 1).Aggregate(copy, (node, step) => step is int i ? node[i]! : node[(string)step]!);
            if (steps[^1] is int index)
            {
                parent[index] = JsonValue.Create(replacement);
            }
            else
            {
                parent[(string)steps[^1]] = JsonValue.Create(replacement);
            }

            return copy.ToJsonString();
        }
    }

    private static IEnumerable<(string Field, IReadOnlyList<object> Steps, string Value)> Strings(JsonNode? node, string field, IReadOnlyList<object> steps)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var found in Strings(child, field.Length == 0 ? name : $"{field}.{name}", [.. steps, name]))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Strings(array[i], $"{field}[{i}]", [.. steps, i]))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                yield return (field, steps, value.GetValue<string>());
                break;
        }
    }

    [GeneratedRegex(@"\{([^}:]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
