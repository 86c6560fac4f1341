using System.Net;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>A list page the service cannot serve answers 400 naming the field, as in every other service, instead of being quietly corrected.</summary>
public sealed class PagingTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly RemedyApi _api = new(service);

    [Theory]
    [InlineData("cases", "page=0", "page")]
    [InlineData("cases", "pageSize=101", "pageSize")]
    [InlineData("casebook", "pageSize=0", "pageSize")]
    [InlineData("court-cases", "page=-1", "page")]
    [InlineData("petitions", "pageSize=500", "pageSize")]
    public async Task Everyone_a_page_out_of_range_answers_400_naming_the_field(string path, string paging, string field)
    {
        await Problems.AssertFieldErrorsAsync(await _api.Organ.GetAsync($"/api/reconsideration/{path}?{paging}"), field);
        Assert.Equal(HttpStatusCode.OK, (await _api.Organ.GetAsync($"/api/reconsideration/{path}?page=1&pageSize=100")).StatusCode);
    }

    public void Dispose() => _api.Dispose();
}
