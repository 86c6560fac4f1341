using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>Whatever a client sends, the answer is a 4xx with problem details and nothing changes.</summary>
public sealed class BadInputTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"meetingDate\": 5, \"outcome\": \"Maybe\", \"positions\": {}}")]
    [InlineData("")]
    public async Task Garbage_to_a_procedure_step_answers_400_problem_details_and_changes_nothing(string body)
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OnAgendaAsync();
        foreach (var step in new[] { "collective-decision", "evaluations", "hearing", "comment-period" })
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            var response = await api.Client.PostAsync($"/api/decisions/{decision.Id}/{step}", content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{step}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(Domain.DecisionStatus.OnAgenda, (await api.GetAsync(decision.Id)).Status);
    }

    [Fact]
    public async Task Everyone_NUL_in_a_title_a_comment_or_a_query_answers_400_naming_the_field()
    {
        using var api = new DecisionsApi(service);
        var catalogue = await api.PublishedCatalogueAsync();
        await Problems.AssertFieldErrorsAsync(
            await api.Client.PostAsJsonAsync("/api/decisions", new { catalogueId = catalogue.Id, catalogueItemId = catalogue.Items[0].Id, title = "方案\0", draft = "正文" }), "title");
        var decision = await api.OpenAsync();
        await api.OpenCommentAsync(decision.Id);
        using var anonymous = service.CreateAnonymousClient();
        await Problems.AssertFieldErrorsAsync(await anonymous.PostAsJsonAsync($"/api/decisions/{decision.Id}/comments", new { content = "建议\0" }), "content");
        await Problems.AssertFieldErrorsAsync(await anonymous.GetAsync("/api/decisions?number=%00"), "number");
        await Problems.AssertFieldErrorsAsync(await anonymous.GetAsync("/api/decisions?unitId=a%00b"), "unitId");
        // A title is one line; a comment may have line breaks.
        await Problems.AssertFieldErrorsAsync(
            await api.Client.PostAsJsonAsync("/api/decisions", new { catalogueId = catalogue.Id, catalogueItemId = catalogue.Items[0].Id, title = "方案\n第二行", draft = "正文" }), "title");
        Assert.Equal(HttpStatusCode.Created, (await anonymous.PostAsJsonAsync($"/api/decisions/{decision.Id}/comments", new { content = "第一条\n第二条" })).StatusCode);
        Assert.Single(await api.CommentsAsync(decision.Id));
    }

    [Fact]
    public async Task Everyone_a_date_in_the_year_9999_answers_400_naming_the_field_and_changes_nothing()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OnAgendaAsync();
        var meeting = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(api.Meeting(Procedures.Meeting.MeetingOutcome.Adopted), DecisionsApi.Json))!;
        meeting["meetingDate"] = "9999-12-31";
        using var content = new StringContent(meeting.ToJsonString(), Encoding.UTF8, "application/json");
        await Problems.AssertFieldErrorsAsync(await api.Client.PostAsync($"/api/decisions/{decision.Id}/collective-decision", content), "meetingDate");
        await Problems.AssertFieldErrorsAsync(await api.PostAsync(decision.Id, "comment-period", new { opensOn = "9995-01-01", closesOn = "9999-12-31" }), "opensOn", "closesOn");
        await Problems.AssertFieldErrorsAsync(await api.Client.PutAsJsonAsync("/api/decisions/calendar/2031", new { holidays = new[] { "0001-01-01" }, adjustedWorkingDays = Array.Empty<string>() }), "holidays[0]");
        Assert.Equal(Domain.DecisionStatus.OnAgenda, (await api.GetAsync(decision.Id)).Status);
    }
}
