using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed class DraftingTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    [Fact]
    public async Task DOC_1_an_unregistered_unit_cannot_issue()
    {
        using var api = new DocumentsApi(service);
        api.ActFor("unit-never-registered");
        await DocumentsApi.AssertRefusedAsync(await api.TryDraftAsync("unit-never-registered"), "DOC-1");
    }

    [Fact]
    public async Task DOC_1_a_unit_issues_only_within_its_listed_competence()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync("市场监管");
        await DocumentsApi.AssertRefusedAsync(await api.TryDraftAsync(unit, competence: "教育管理"), "DOC-1");
        Assert.Equal(HttpStatusCode.Created, (await api.TryDraftAsync(unit, competence: "市场监管")).StatusCode);
    }

    [Fact]
    public async Task DOC_1_a_unit_no_longer_active_cannot_issue()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var update = await api.Supervisor.PutAsJsonAsync($"/api/documents/issuing-units/{unit}", new { name = "已撤并单位", competences = new[] { "市场监管" }, active = false });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        await DocumentsApi.AssertRefusedAsync(await api.TryDraftAsync(unit), "DOC-1");
    }

    [Fact]
    public async Task A_unit_id_or_code_is_registered_once()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync(code: "重复码");
        var again = await api.Supervisor.PostAsJsonAsync("/api/documents/issuing-units", new { unitId = unit + "x", code = "重复码", name = "另一单位", competences = new[] { "市场监管" } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_unit_create_it_once_and_answer_409_never_500()
    {
        using var api = new DocumentsApi(service);
        var unitId = "unit-" + Guid.NewGuid().ToString("N")[..10];
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            api.Supervisor.PostAsJsonAsync("/api/documents/issuing-units", new { unitId, code = "并" + unitId[^5..], name = "并发单位", competences = new[] { "市场监管" } })));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
    }

    [Fact]
    public async Task A_draft_is_created_with_its_location_and_history()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var created = await api.TryDraftAsync(unit, provisional: true, title: "区市场监管局行政执法公示办法（试行）");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var document = await api.Client.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
        Assert.Equal("Drafted", document.GetProperty("status").GetString());
        Assert.False(document.GetProperty("inForce").GetBoolean());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("number").ValueKind);

        var history = await api.Client.GetFromJsonAsync<JsonElement>($"{created.Headers.Location}/history");
        var entry = Assert.Single(history.EnumerateArray());
        Assert.Equal("Drafted", entry.GetProperty("to").GetString());
        Assert.StartsWith("test-", entry.GetProperty("actor").GetString(), StringComparison.Ordinal); // the token's subject
    }

    [Fact]
    public async Task A_retried_draft_with_the_same_Idempotency_Key_returns_the_first_record_never_a_second()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        HttpRequestMessage Draft(string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
            {
                Content = JsonContent.Create(new { unitId = unit, competence = "市场监管", title = "网络中断后重试的草案", body = "正文" }),
            };
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }

        var key = Guid.NewGuid().ToString();
        using var first = Draft(key);
        using var retry = Draft(key);
        using var other = Draft(Guid.NewGuid().ToString());
        var a = await api.Client.SendAsync(first);
        var b = await api.Client.SendAsync(retry);
        var c = await api.Client.SendAsync(other);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created), (a.StatusCode, b.StatusCode, c.StatusCode));
        Assert.Equal(a.Headers.Location, b.Headers.Location);
        Assert.NotEqual(a.Headers.Location, c.Headers.Location);
        var drafts = await service.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Documents, d => d.UnitId == unit));
        Assert.Equal(2, drafts);
    }

    [Fact]
    public async Task A_command_with_a_stale_ETag_answers_412_and_changes_nothing()
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync());
        var read = await api.Client.GetAsync($"/api/documents/{draft.Id}");
        var etag = read.Headers.ETag!.Tag;

        await api.StepAsync(draft.Id, "revise", new { title = "修改稿", body = "第一条", reason = "第一次修改" }); // someone else changes it
        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{draft.Id}/revise")
        {
            Content = JsonContent.Create(new { title = "另一修改稿", body = "第一条", reason = "基于旧版本的修改" }),
        };
        stale.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.Client.SendAsync(stale)).StatusCode);
        Assert.Equal("修改稿", (await api.GetAsync(draft.Id)).Title);

        var current = (await api.Client.GetAsync($"/api/documents/{draft.Id}")).Headers.ETag!.Tag;
        using var fresh = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{draft.Id}/revise")
        {
            Content = JsonContent.Create(new { title = "第三稿", body = "第一条", reason = "基于最新版本" }),
        };
        fresh.Headers.IfMatch.ParseAdd(current);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(fresh)).StatusCode);
    }

    [Fact]
    public async Task Missing_fields_answer_400_with_the_fields_named_as_sent()
    {
        using var api = new DocumentsApi(service);
        api.ActFor("unit-any");
        var response = await api.Client.PostAsJsonAsync("/api/documents", new { unitId = "", competence = "x", title = new string('长', 201) });
        await Problems.AssertFieldErrorsAsync(response, "unitId", "title");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"unitId\": 5, \"title\": {}}")]
    [InlineData("")]
    public async Task Garbage_answers_400_problem_details_never_500(string body)
    {
        using var api = new DocumentsApi(service);
        api.ActFor("unit-any");
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await api.Client.PostAsync("/api/documents", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_documents_comments_and_history_answer_404()
    {
        using var api = new DocumentsApi(service);
        api.ActFor("unit-any");
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"/api/documents/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"/api/documents/{Guid.NewGuid()}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync(Guid.NewGuid(), "legality-review/submission")).StatusCode);

        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), affectsRights: true);
        await api.StepAsync(draft.Id, "comment-period", new { opensOn = service.Today, closesOn = service.Today.AddDays(14) });
        var unknownComment = await api.PostAsync(draft.Id, $"comments/{Guid.NewGuid()}/disposition", new { disposition = "Adopted" });
        Assert.Equal(HttpStatusCode.NotFound, unknownComment.StatusCode);
    }
}
