using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

public sealed partial class PublicationTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    [Fact]
    public async Task DOC_5_an_adopted_but_unpublished_document_is_never_in_force()
    {
        using var api = new DocumentsApi(service);
        var adopted = await api.AdoptAsync((await api.DraftAsync(await api.RegisterUnitAsync())).Id);
        Assert.False(adopted.InForce);
        Assert.Null(adopted.Number);
    }

    [Fact]
    public async Task DOC_5_a_document_cannot_take_effect_before_it_is_published()
    {
        using var api = new DocumentsApi(service);
        var adopted = await api.AdoptAsync((await api.DraftAsync(await api.RegisterUnitAsync())).Id);
        var backdated = await api.PostAsync(adopted.Id, "publish", new PublishRequest(service.Today.AddDays(-1), service.Today.AddYears(1)));
        await DocumentsApi.AssertRefusedAsync(backdated, "DOC-5");
        Assert.Null((await api.GetAsync(adopted.Id)).Number); // a refused publication holds no number
    }

    [Fact]
    public async Task DOC_6_publication_assigns_the_unit_code_year_and_next_number()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync(code: "南测" + Guid.NewGuid().ToString("N")[..4]);
        var first = await api.PublishedAsync(unit);
        var second = await api.PublishedAsync(unit);
        var code = (await api.Client.GetFromJsonAsync<IssuingUnitResponse>($"/api/documents/issuing-units/{unit}", DocumentsApi.Json))!.Code;
        Assert.Equal($"{code}规〔{service.Today.Year}〕1号", first.Number);
        Assert.Equal($"{code}规〔{service.Today.Year}〕2号", second.Number);
        Assert.True(first.InForce);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task DOC_6_fifty_concurrent_publications_get_numbers_1_to_50_without_gap_or_repeat(int run)
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var adopted = new List<Guid>();
        for (var i = 0; i < 50; i++)
        {
            adopted.Add((await api.AdoptAsync((await api.DraftAsync(unit, title: $"第{run}轮并发公布测试文件{i}")).Id)).Id);
        }

        var published = await Task.WhenAll(adopted.Select(async id =>
        {
            using var client = new DocumentsApi(service);
            client.ActFor(unit);
            return await client.StepAsync(id, "publish", new PublishRequest(service.Today, service.Today.AddYears(3)));
        }));

        var numbers = published.Select(p => int.Parse(SequenceOf().Match(p.Number!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 50), numbers);
    }

    [Fact]
    public async Task DOC_7_validity_is_at_most_5_years_and_2_for_a_provisional_document_counting_the_expiry_day()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var today = service.Today;

        // In force from the effective day to the expiry day, both included: five years end the day before the fifth anniversary.
        var ordinary = await api.AdoptAsync((await api.DraftAsync(unit)).Id);
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(ordinary.Id, "publish", new PublishRequest(today, today.AddYears(5))), "DOC-7");
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(ordinary.Id, "publish", new PublishRequest(today, today.AddYears(5).AddDays(1))), "DOC-7");
        var published = await api.StepAsync(ordinary.Id, "publish", new PublishRequest(today, today.AddYears(5).AddDays(-1)));
        Assert.Equal(DocumentStatus.Published, published.Status);
        Assert.Equal(today.AddYears(5).AddDays(-1), published.ExpiresOn);

        var provisional = await api.AdoptAsync((await api.DraftAsync(unit, provisional: true)).Id);
        Assert.True(provisional.Provisional);
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(provisional.Id, "publish", new PublishRequest(today, today.AddYears(2))), "DOC-7");
        Assert.Equal(DocumentStatus.Published, (await api.StepAsync(provisional.Id, "publish", new PublishRequest(today, today.AddYears(2).AddDays(-1)))).Status);
    }

    [Fact]
    public async Task DOC_7_the_validity_is_counted_from_a_later_effective_date()
    {
        using var api = new DocumentsApi(service);
        var effective = service.Today.AddDays(30);
        var adopted = await api.AdoptAsync((await api.DraftAsync(await api.RegisterUnitAsync())).Id);
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(adopted.Id, "publish", new PublishRequest(effective, effective.AddYears(5))), "DOC-7");
        Assert.Equal(effective.AddYears(5).AddDays(-1), (await api.StepAsync(adopted.Id, "publish", new PublishRequest(effective, effective.AddYears(5).AddDays(-1)))).ExpiresOn);
    }

    [Theory]
    [InlineData("南城区涉企行政检查规范指引（试行）")]
    [InlineData("南城区临时建筑管理办法（暂行）")]
    [InlineData("南城区临时建筑管理办法(试行)")]
    [InlineData("南城区广告发布登记管理暂行规定")]
    public async Task DOC_7_a_title_marked_试行_or_暂行_is_provisional_whatever_the_client_says(string title)
    {
        using var api = new DocumentsApi(service);
        var draft = await api.DraftAsync(await api.RegisterUnitAsync(), provisional: false, title: title);
        Assert.True(draft.Provisional);

        var adopted = await api.AdoptAsync(draft.Id);
        var today = service.Today;
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(adopted.Id, "publish", new PublishRequest(today, today.AddYears(5).AddDays(-1))), "DOC-7");
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(adopted.Id, "publish", new PublishRequest(today, today.AddYears(2))), "DOC-7");
        var published = await api.StepAsync(adopted.Id, "publish", new PublishRequest(today, today.AddYears(2).AddDays(-1)));
        Assert.True(published.Provisional);
        Assert.Equal(today.AddYears(2).AddDays(-1), published.ExpiresOn);
    }

    [Fact]
    public async Task DOC_7_a_revision_that_marks_the_title_试行_makes_the_draft_provisional_and_one_that_drops_it_follows_the_declaration()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var draft = await api.DraftAsync(unit, title: "南城区市场监管执法公示办法");
        Assert.False(draft.Provisional);

        var marked = await api.StepAsync(draft.Id, "revise", new ReviseDocumentRequest("南城区市场监管执法公示办法（试行）", "第一条 为规范执法行为，制定本办法。", "先行试点"));
        Assert.True(marked.Provisional);
        var adopted = await api.AdoptAsync(draft.Id);
        var today = service.Today;
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(adopted.Id, "publish", new PublishRequest(today, today.AddYears(2))), "DOC-7");

        foreach (var declared in new[] { false, true })
        {
            var trial = await api.DraftAsync(unit, provisional: declared, title: "南城区市场监管执法公示办法（试行）");
            Assert.True(trial.Provisional);
            var renamed = await api.StepAsync(trial.Id, "revise", new ReviseDocumentRequest("南城区市场监管执法公示办法", "第一条 为规范执法行为，制定本办法。", "改为正式文件名称"));
            Assert.Equal(declared, renamed.Provisional);
        }
    }

    [Fact]
    public async Task DOC_7_a_document_leaves_force_by_itself_after_expiry_with_a_warning_six_months_before()
    {
        using var api = new DocumentsApi(service);
        var adopted = await api.AdoptAsync((await api.DraftAsync(await api.RegisterUnitAsync())).Id);
        var today = service.Today;
        var published = await api.StepAsync(adopted.Id, "publish", new PublishRequest(today, today.AddMonths(7)));
        Assert.True(published.InForce);

        service.Advance(40); // past the warning day (six months before expiry)
        await EventPublishedAsync<RuleOfLaw.Contracts.NormativeDocuments.DocumentExpiryApproaching>(adopted.Id);

        service.Advance(190); // past the expiry date
        var expired = await Eventually.Until(() => api.GetAsync(adopted.Id), d => d.Status == DocumentStatus.Expired, "the document expired");
        Assert.False(expired.InForce);
        Assert.Equal(published.ExpiresOn!.Value.AddDays(1), expired.LeftForceOn);
        await EventPublishedAsync<RuleOfLaw.Contracts.NormativeDocuments.DocumentLeftForce>(adopted.Id);
    }

    [Fact]
    public async Task DOC_9_filing_within_15_days_is_on_time()
    {
        using var api = new DocumentsApi(service);
        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        service.Advance(15);
        Assert.Equal(FilingStatus.FiledOnTime, (await api.StepAsync(published.Id, "filing")).Filing);
        await DocumentsApi.AssertRefusedAsync(await api.PostAsync(published.Id, "filing"), "DOC-9");
    }

    [Fact]
    public async Task DOC_9_filing_after_day_15_or_none_by_then_is_recorded_late()
    {
        using var api = new DocumentsApi(service);
        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        var due = service.Today.AddDays(15);
        while (!IsWorkingDay(due))
        {
            due = due.AddDays(1); // a period ending on a day off runs to the next working day
        }

        service.Advance(due.DayNumber - service.Today.DayNumber + 1);
        var missing = await Eventually.Until(() => api.GetAsync(published.Id), d => d.Filing == FilingStatus.Missing, "the missing filing is recorded late");
        Assert.Equal(FilingStatus.Missing, missing.Filing);
        Assert.Equal(FilingStatus.FiledLate, (await api.StepAsync(published.Id, "filing")).Filing);
    }

    [Fact]
    public async Task DOC_9_the_events_carry_the_number_dates_and_filing_outcome()
    {
        using var api = new DocumentsApi(service);
        var published = await api.PublishedAsync(await api.RegisterUnitAsync());
        await api.StepAsync(published.Id, "filing");
        var body = await EventPublishedAsync<RuleOfLaw.Contracts.NormativeDocuments.DocumentPublished>(published.Id);
        Assert.Contains(published.Number!, body, StringComparison.Ordinal);
        var filed = System.Text.Json.JsonDocument.Parse(await EventPublishedAsync<RuleOfLaw.Contracts.NormativeDocuments.DocumentFiled>(published.Id));
        Assert.True(filed.RootElement.GetProperty("onTime").GetBoolean());
        await EventPublishedAsync<RuleOfLaw.Contracts.NormativeDocuments.DocumentEnteredForce>(published.Id);
    }

    private static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Waits until the outbox holds an event of this type about the document; returns its JSON.</summary>
    private Task<string> EventPublishedAsync<TEvent>(Guid documentId) =>
        Eventually.Until(
            async () => (await service.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == typeof(TEvent).FullName).ToListAsync()))
                .Select(m => m.Body).FirstOrDefault(b => b.Contains(documentId.ToString(), StringComparison.Ordinal)) ?? "",
            body => body.Length > 0,
            $"{typeof(TEvent).Name} of {documentId} is in the outbox");

    [GeneratedRegex(@"〔\d{4}〕(\d+)号$")]
    private static partial Regex SequenceOf();
}
