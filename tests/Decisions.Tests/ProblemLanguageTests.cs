using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>A rule refusal as a client reads it: titled with the rule's name and told the reason in Chinese unless the client asks for English (decision 0018).</summary>
public sealed class ProblemLanguageTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Theory]
    [InlineData(null, "不符合规则 CAL-1「工作日历」", "调休工作日应当为星期六或者星期日；周一至周五本已是工作日。")]
    [InlineData("en", "Refused by rule CAL-1 (Working calendar)", "An adjusted working day (调休) must be a Saturday or Sunday; weekdays are working days already.")]
    [InlineData("en-GB,zh;q=0.3", "Refused by rule CAL-1 (Working calendar)", "An adjusted working day (调休) must be a Saturday or Sunday; weekdays are working days already.")]
    [InlineData("fr", "不符合规则 CAL-1「工作日历」", "调休工作日应当为星期六或者星期日；周一至周五本已是工作日。")]
    public async Task CAL_1_refusal_is_titled_and_explained_in_the_clients_language(string? language, string title, string detail)
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
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("basis").GetString()));
    }

    [Fact]
    public async Task DEC_1_refusal_detail_is_Chinese_by_default_and_English_on_Accept_Language_en()
    {
        using var api = new DecisionsApi(service);
        var catalogue = await api.CatalogueAsync(DecisionsApi.NewUnit(), "老旧小区改造三年行动方案");
        await Problems.AssertRefusedInBothLanguagesAsync(
            api.Client,
            () => new HttpRequestMessage(HttpMethod.Post, $"/api/decisions/catalogues/{catalogue.Id}/publish") { Content = JsonContent.Create(new Features.PublishCatalogueRequest(null, null, null)) },
            "DEC-1",
            "决策事项目录应当经同级党委同意并记录在案后，方可公布。",
            "A catalogue is published only with the recorded approval of the same-level Party committee.");
    }
}
