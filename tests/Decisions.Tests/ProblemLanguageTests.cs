using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>A rule refusal as a client reads it: titled with the rule's Chinese name unless the client asks for English (decision 0018).</summary>
public sealed class ProblemLanguageTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Theory]
    [InlineData(null, "不符合规则 CAL-1「工作日历」")]
    [InlineData("en", "Refused by rule CAL-1 (Working calendar)")]
    [InlineData("en-GB,zh;q=0.3", "Refused by rule CAL-1 (Working calendar)")]
    [InlineData("fr", "不符合规则 CAL-1「工作日历」")]
    public async Task CAL_1_refusal_is_titled_with_the_rules_name_in_the_clients_language(string? language, string title)
    {
        using var client = service.CreateClientFor("contract-unit", [.. Roles.PersonRoles]);
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/decisions/calendar/2041")
        {
            // A Monday is no adjusted working day: those are weekend days.
            Content = JsonContent.Create(new { holidays = new[] { "2041-01-01" }, adjustedWorkingDays = new[] { "2041-01-07" } }),
        };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        await Problems.AssertRefusedAsync(response, "CAL-1");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("basis").GetString()));
    }
}
