using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Errors;

/// <summary>How a service answers a refused rule and bad input, seen through the calendar administration.</summary>
public sealed class ProblemDetailsTests(DecisionsHost decisions) : IClassFixture<DecisionsHost>
{
    [Fact]
    public async Task A_refused_rule_answers_409_naming_the_rule_and_its_basis()
    {
        using var client = decisions.CreateClient();
        var response = await client.PutAsJsonAsync("/api/decisions/calendar/2031", new
        {
            holidays = new[] { "2031-01-01" },
            adjustedWorkingDays = new[] { "2031-01-06" }, // a Monday
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("CAL-1", problem.GetProperty("ruleId").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("basis").GetString()));
        Assert.Contains("星期六或者星期日", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_change_leaves_nothing_behind()
    {
        using var client = decisions.CreateClient();
        await client.PutAsJsonAsync("/api/decisions/calendar/2032", new { holidays = new[] { "2033-01-01" }, adjustedWorkingDays = Array.Empty<string>() });
        var year = await client.GetFromJsonAsync<JsonElement>("/api/decisions/calendar/2032");
        Assert.False(year.GetProperty("defined").GetBoolean());
    }

    [Theory]
    [InlineData("{}", "holidays")]
    [InlineData("{\"holidays\": [], \"adjustedWorkingDays\": null}", "adjustedWorkingDays")]
    public async Task Missing_fields_answer_400_with_field_errors(string body, string field)
    {
        using var client = decisions.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        await Problems.AssertFieldErrorsAsync(await client.PutAsync("/api/decisions/calendar/2031", content), field);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_answers_400_never_500()
    {
        using var client = decisions.CreateClient();
        using var content = new StringContent("{\"holidays\": [\"2031-02-30\"], \"adjustedWorkingDays\": []}", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PutAsync("/api/decisions/calendar/2031", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
