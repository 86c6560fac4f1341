using System.Net;
using System.Text;

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
}
