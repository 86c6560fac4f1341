using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

public sealed class EvidenceQueryTests(AppraisalServiceFactory service) : IClassFixture<AppraisalServiceFactory>
{
    [Fact]
    public async Task A_unit_without_events_has_an_empty_first_page()
    {
        using var client = service.CreateClient();
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/appraisal/units/unit-{Guid.NewGuid():N}/evidence");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("pageNumber").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Paging_outside_its_bounds_answers_400_naming_the_parameter(string query, string field)
    {
        using var client = service.CreateClient();
        await Problems.AssertFieldErrorsAsync(await client.GetAsync($"/api/appraisal/units/unit-a/evidence?{query}"), field);
    }

    [Fact]
    public async Task A_non_numeric_page_answers_400_never_500()
    {
        using var client = service.CreateClient();
        var response = await client.GetAsync("/api/appraisal/units/unit-a/evidence?page=first");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
