using System.Net.Http.Json;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>A rule refusal tells its reason in Chinese unless the client asks for English (decision 0018).</summary>
public sealed class ProblemLanguageTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    [Fact]
    public async Task ENF_8_refusal_detail_is_Chinese_by_default_and_English_on_Accept_Language_en()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        await Problems.AssertRefusedInBothLanguagesAsync(
            api.Unit,
            () => new HttpRequestMessage(HttpMethod.Post, "/api/enforcement/disputes") { Content = JsonContent.Create(new RegisterDisputeRequest(api.UnitId, api.UnitId, "自己与自己", api.Today)) },
            "ENF-8",
            "管辖争议应当发生在两个不同的单位之间。",
            "A dispute over competence is between two different units.");
    }
}
