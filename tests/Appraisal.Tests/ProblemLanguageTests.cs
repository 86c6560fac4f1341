using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

/// <summary>A rule refusal tells its reason in Chinese unless the client asks for English (decision 0018).</summary>
public sealed class ProblemLanguageTests(AppraisalServiceFactory service) : IClassFixture<AppraisalServiceFactory>
{
    [Fact]
    public async Task APP_1_refusal_detail_is_Chinese_by_default_and_English_on_Accept_Language_en()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        await Problems.AssertRefusedInBothLanguagesAsync(
            appraiser,
            () => new HttpRequestMessage(HttpMethod.Post, "/api/appraisal/cycles") { Content = JsonContent.Create(Schemes.Request(Schemes.WithWeight("B1b", 45))) },
            "APP-1",
            "B1 之下各指标的权重合计为 105，应当为 100。",
            "The weights of the indicators under B1 add up to 105, not 100.");
    }
}
