using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>A value that is not one of an enumeration's names: the client is told the names, in its language, never the .NET type.</summary>
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
}
