using System.Net.Http.Json;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>A rule refusal tells its reason in Chinese unless the client asks for English (decision 0018).</summary>
public sealed class ProblemLanguageTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly RemedyApi _api = new(service);

    [Fact]
    public async Task REC_11_refusal_detail_is_Chinese_by_default_and_English_on_Accept_Language_en()
    {
        await Problems.AssertRefusedInBothLanguagesAsync(
            _api.Organ,
            () => new HttpRequestMessage(HttpMethod.Post, "/api/reconsideration/mediations")
            {
                Content = JsonContent.Create(new RegisterMediationRequest(_api.UnitId, ["张某", "张某"], "相邻纠纷", _api.Today), options: ReconsiderationApi.Json),
            },
            "REC-11",
            "调解应当在至少两个不同的当事人之间进行。",
            "Mediation is between at least two distinct parties.");
    }

    public void Dispose() => _api.Dispose();
}
