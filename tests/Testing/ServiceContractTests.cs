using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.BuildingBlocks.Persistence;
using Xunit;

namespace RuleOfLaw.Testing;

/// <summary>
/// What every service promises its clients, proven for each service by a one-line subclass: health,
/// OpenAPI, its routes under its prefix, problem details for bad input, the working calendar.
/// </summary>
public abstract class ServiceContractTests<TContext>(ServiceFactory<TContext> service)
    where TContext : ServiceDbContext
{
    protected ServiceFactory<TContext> Service => service;

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
}
