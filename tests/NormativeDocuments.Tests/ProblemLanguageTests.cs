using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>
/// Problem details in the client's language (decision 0018): a refusal's reason, and a value that is not one of an
/// enumeration's names (the client is told the names, never the .NET type).
/// </summary>
public sealed class ProblemLanguageTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    [Theory]
    [InlineData(null, "取值必须是以下之一：Passed、CorrectionRequired、RevocationRequested。")]
    [InlineData("en", "Must be one of: Passed, CorrectionRequired, RevocationRequested.")]
    public async Task DOC_10_an_unknown_filing_review_outcome_answers_400_listing_the_outcomes(string? language, string message)
    {
        using var api = new DocumentsApi(service);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{Guid.NewGuid()}/filing-review")
        {
            Content = new StringContent("""{ "outcome": "Approved", "opinion": "同意" }""", Encoding.UTF8, "application/json"),
        };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        using var response = await api.Supervisor.SendAsync(request);
        await Problems.AssertFieldErrorsAsync(response, "outcome");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(message, errors.GetProperty("outcome")[0].GetString());
    }

    [Fact]
    public async Task DOC_1_refusal_detail_is_Chinese_by_default_and_English_on_Accept_Language_en()
    {
        using var api = new DocumentsApi(service);
        api.ActFor("unit-never-registered");
        await Problems.AssertRefusedInBothLanguagesAsync(
            api.Client,
            () => new HttpRequestMessage(HttpMethod.Post, "/api/documents")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new Features.DraftDocumentRequest("unit-never-registered", "市场监管", "关于规范市场监管执法的通知", "第一条 为规范执法行为，制定本通知。", false, false, false)),
            },
            "DOC-1",
            "unit-never-registered 不是已登记的制定机关。",
            "unit-never-registered is not a registered issuing unit.");
    }
}
