using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed class RegisterTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    private const string Body = "第一条 为加强本区建设工程施工现场扬尘污染防治，改善大气环境质量，制定本办法。\n第二条 建设单位应当将防治费用列入工程造价。";

    [Fact]
    public async Task DOC_12_a_two_character_word_in_the_middle_of_the_text_finds_the_document()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var published = await api.PublishedAsync(unit, title: "南城区施工现场管理办法", body: Body);

        Assert.Contains(published.Id, await SearchIdsAsync(api, $"q=扬尘&unitId={unit}"));      // two characters inside a sentence
        Assert.Contains(published.Id, await SearchIdsAsync(api, $"q=工程造价&unitId={unit}"));  // four characters
        Assert.Contains(published.Id, await SearchIdsAsync(api, $"q=现场管理&unitId={unit}"));  // words of the title
        Assert.Empty(await SearchIdsAsync(api, $"q=噪声&unitId={unit}"));                        // a word it does not contain
        Assert.Empty(await SearchIdsAsync(api, $"q=扬造&unitId={unit}"));                        // its characters, but not side by side
    }

    [Fact]
    public async Task DOC_12_search_by_number_unit_and_status_and_never_an_unpublished_draft()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var published = await api.PublishedAsync(unit, body: Body);
        await api.DraftAsync(unit, body: Body); // a draft with the same words

        var byNumber = await SearchAsync(api, $"number={Uri.EscapeDataString(published.Number!)}");
        Assert.Equal(published.Id, Assert.Single(byNumber.Items).Id);
        var byUnit = await SearchAsync(api, $"unitId={unit}&q=扬尘&status=Published");
        Assert.Equal(published.Id, Assert.Single(byUnit.Items).Id);
        Assert.Equal(1, byUnit.Total);             // a few matches are counted, not estimated
        Assert.False(byUnit.TotalIsEstimate);
    }

    [Fact]
    public async Task DOC_12_in_force_on_a_day_follows_the_effective_and_expiry_dates()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var today = service.Today;
        var adopted = await api.AdoptAsync((await api.DraftAsync(unit)).Id);
        var published = await api.StepAsync(adopted.Id, "publish", new PublishRequest(today.AddDays(30), today.AddYears(1)));
        Assert.False(published.InForce); // published, not yet effective

        Assert.Empty(await SearchIdsAsync(api, $"unitId={unit}&inForceOn={today:yyyy-MM-dd}"));
        Assert.Contains(published.Id, await SearchIdsAsync(api, $"unitId={unit}&inForceOn={today.AddDays(30):yyyy-MM-dd}"));
        Assert.Contains(published.Id, await SearchIdsAsync(api, $"unitId={unit}&inForceOn={today.AddYears(1):yyyy-MM-dd}"));
        Assert.Empty(await SearchIdsAsync(api, $"unitId={unit}&inForceOn={today.AddYears(1).AddDays(1):yyyy-MM-dd}"));
    }

    [Fact]
    public async Task DOC_12_the_register_on_a_past_day_shows_what_it_showed_then()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var published = await api.PublishedAsync(unit);
        var publishedOn = service.Today;

        service.Advance(10);
        await api.StepAsync(published.Id, "filing");
        await api.StepAsync(published.Id, "filing-review", new FilingReviewRequest(new FilingReviewChecklist(true, false, false), ReviewOutcome.RevocationRequested, "设定了法律依据以外的义务。"));
        var revoked = await api.StepAsync(published.Id, "revoke", new { text = "经备案审查，予以撤销。" });
        var revokedOn = service.Today;
        Assert.Equal(DocumentStatus.Revoked, revoked.Status);

        var later = revokedOn.AddDays(20);
        // Today's register: not in force on the later day.
        Assert.Empty(await SearchIdsAsync(api, $"unitId={unit}&inForceOn={later:yyyy-MM-dd}"));
        // The register as it stood on the day of publication: in force on that later day.
        var asThen = await SearchAsync(api, $"unitId={unit}&registerOn={publishedOn:yyyy-MM-dd}&inForceOn={later:yyyy-MM-dd}");
        Assert.Equal(DocumentStatus.Published, Assert.Single(asThen.Items).Status);
        // The register as it stood on the day of revocation: not in force then.
        Assert.Empty((await SearchAsync(api, $"unitId={unit}&registerOn={revokedOn:yyyy-MM-dd}&inForceOn={later:yyyy-MM-dd}")).Items);
        // Before publication the register did not show it at all.
        Assert.Empty((await SearchAsync(api, $"unitId={unit}&registerOn={publishedOn.AddDays(-1):yyyy-MM-dd}")).Items);
    }

    [Fact]
    public async Task DOC_12_every_version_stays_readable_and_two_versions_compare_line_by_line()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), body: "第一条 总则。\n第二条 收取管理费。\n第三条 附则。");
        await api.StepAsync(draft.Id, "revise", new ReviseDocumentRequest(draft.Title, "第一条 总则。\n第三条 附则。\n第四条 施行日期。", "删除收费条款"));

        var versions = (await api.Client.GetFromJsonAsync<List<VersionResponse>>($"/api/documents/{draft.Id}/versions", DocumentsApi.Json))!;
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Contains("收取管理费", versions[0].Body, StringComparison.Ordinal);

        var comparison = (await api.Client.GetFromJsonAsync<VersionComparison>($"/api/documents/{draft.Id}/versions/1/compare/2", DocumentsApi.Json))!;
        Assert.Contains(comparison.Lines, l => l is { Change: "deleted", Text: "第二条 收取管理费。" });
        Assert.Contains(comparison.Lines, l => l is { Change: "inserted", Text: "第四条 施行日期。" });
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"/api/documents/{draft.Id}/versions/1/compare/9")).StatusCode);
    }

    [Fact]
    public async Task DOC_12_the_query_rejects_oversized_pages_and_answers_anonymous_callers()
    {
        using var api = new DocumentsApi(service);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Client.GetAsync("/api/documents?pageSize=101")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Client.GetAsync("/api/documents?inForceOn=not-a-date")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/api/documents?q=%E2%80%8B%20%21")).StatusCode); // nothing searchable in it
    }

    [Fact]
    public async Task DOC_12_a_repeated_public_search_is_answered_from_memory_until_a_document_changes()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var first = await api.PublishedAsync(unit, body: Body);
        using var citizen = service.CreateAnonymousClient();
        var query = $"/api/documents?q=扬尘&unitId={unit}";
        Assert.Equal([first.Id], await PublicIdsAsync(citizen, query));

        // Behind the service's back (no command, so nothing empties its memory) the document leaves the search table:
        // the same question gets the same answer, from memory.
        await service.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM document_search WHERE document_id = {first.Id}"));
        Assert.Equal([first.Id], await PublicIdsAsync(citizen, query));

        // A command that changes any document empties it: the next answer is read afresh.
        var second = await api.PublishedAsync(unit, body: Body);
        Assert.Equal([second.Id], await PublicIdsAsync(citizen, query));
    }

    private static async Task<List<Guid>> PublicIdsAsync(HttpClient citizen, string path) =>
        [.. (await citizen.GetFromJsonAsync<RegisterPage>(path, DocumentsApi.Json))!.Items.Select(i => i.Id)];

    private static async Task<RegisterPage> SearchAsync(DocumentsApi api, string query) =>
        (await api.Client.GetFromJsonAsync<RegisterPage>($"/api/documents?{query}", DocumentsApi.Json))!;

    private static async Task<List<Guid>> SearchIdsAsync(DocumentsApi api, string query) => [.. (await SearchAsync(api, query)).Items.Select(i => i.Id)];
}
