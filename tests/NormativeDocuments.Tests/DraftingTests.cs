using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed class DraftingTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    private static object Draft(string unitId = "district-justice", string title = "区司法局行政执法公示办法") =>
        new { unitId, title, body = "第一条 为推进行政执法公示，制定本办法。", affectsRights = true, marketRelated = false, provisional = true };

    [Fact]
    public async Task A_draft_is_created_with_its_location_and_reads_back_as_drafted()
    {
        using var client = service.CreateClient();
        var created = await client.PostAsJsonAsync("/api/documents", Draft());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var document = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
        Assert.Equal("Drafted", document.GetProperty("status").GetString());
        Assert.Equal("区司法局行政执法公示办法", document.GetProperty("title").GetString());
        Assert.True(document.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task The_history_records_who_drafted_it_and_the_state_it_entered()
    {
        using var client = service.CreateClient();
        var created = await client.PostAsJsonAsync("/api/documents", Draft());
        var history = await client.GetFromJsonAsync<JsonElement>($"{created.Headers.Location}/history");

        var entry = Assert.Single(history.EnumerateArray());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("from").ValueKind);
        Assert.Equal("Drafted", entry.GetProperty("to").GetString());
        Assert.Equal("anonymous", entry.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Missing_fields_answer_400_with_the_fields_named_as_sent()
    {
        using var client = service.CreateClient();
        var response = await client.PostAsJsonAsync("/api/documents", Draft(unitId: "", title: new string('长', 201)));
        await Problems.AssertFieldErrorsAsync(response, "unitId", "title");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"unitId\": 5, \"title\": {}}")]
    [InlineData("")]
    public async Task Garbage_answers_400_problem_details_never_500(string body)
    {
        using var client = service.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/documents", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_document_and_its_history_answer_404()
    {
        using var client = service.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{Guid.NewGuid()}/history")).StatusCode);
    }
}
