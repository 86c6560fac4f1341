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
