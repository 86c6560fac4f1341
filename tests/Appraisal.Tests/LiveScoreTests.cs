using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.Appraisal.Features;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Contracts;
using RuleOfLaw.Contracts.Clocks;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Contracts.Reconsideration;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

public sealed class LiveScoreTests(AppraisalServiceFactory service) : IClassFixture<AppraisalServiceFactory>
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Day = new(2026, 6, 1);

    /// <summary>The legal office that reviews for every unit of the district (the default of <c>Access:LegalOffices</c>).</summary>
    private const string DistrictLegalOffice = "district-justice";

    [Fact]
    public async Task APP_2_scores_follow_the_events_list_them_and_a_replay_in_another_order_gives_the_same_scores()
    {
        var unit = $"unit-{Guid.NewGuid():N}"[..20];
        var late = Guid.NewGuid();
        IntegrationEvent[] events =
        [
            new DocumentFiled { OccurredAt = At, UnitId = unit, RecordId = Guid.NewGuid(), Number = "测规〔2026〕1号", FiledOn = Day, OnTime = true },
            new DocumentFiled { OccurredAt = At, UnitId = unit, RecordId = late, Number = "测规〔2026〕2号", FiledOn = Day, OnTime = false },
            new StatutoryDeadlineElapsed { OccurredAt = At, UnitId = unit, RecordId = late, Service = "normative-documents", ClockKind = "filing", RuleId = "DOC-9", DueDate = Day.AddDays(-3) },
            new ReconsiderationDecided { OccurredAt = At, UnitId = "district-government", RecordId = Guid.NewGuid(), Outcome = "Revoked", DecidedOn = Day, RespondentUnitId = unit },
            new CourtHearingRecorded { OccurredAt = At, UnitId = "district-justice", RecordId = Guid.NewGuid(), DefendantUnitId = unit, CourtCaseNumber = "(2026)测0203行初7号", HearingOn = Day, HeadAppeared = true },
        ];
        var cycle = await CreateCycleAsync();
        await PublishAsync(events);

        using var legalOffice = service.CreateClientFor(DistrictLegalOffice, Roles.LegalOffice);
        var path = $"/api/appraisal/cycles/{cycle}/units/{unit}/scores";
        var live = await Eventually.Until(() => legalOffice.GetFromJsonAsync<JsonElement>(path), s => EventIdsOf(s).Count == events.Length, "every event is scored");
        Assert.Equal(events.Select(e => e.EventId).Order(), EventIdsOf(live).Order());
        var scores = ScoresOf(live);
        Assert.Equal(50m, scores["A1b"].Computed);   // one of two filings on time
        Assert.Equal(90m, scores["A1c"].Computed);   // one clock missed
        Assert.Equal(0m, scores["B1a"].Computed);    // its only reconsideration corrected its act
        Assert.Equal(100m, scores["B1b"].Computed);  // its head appeared
        Assert.Equal([events[2].EventId], scores["A1c"].EventIds);

        // The same events again, newest first: stored once, scored the same.
        await PublishAsync([.. events.Reverse()]);
        var marker = new DocumentDrafted { OccurredAt = At, UnitId = unit, RecordId = Guid.NewGuid(), Title = "重放之后" };
        await PublishAsync([marker]);
        using var admin = service.CreateClient();
        await Eventually.Until(() => admin.GetFromJsonAsync<JsonElement>($"/api/appraisal/units/{unit}/evidence?recordId={marker.RecordId}"), p => p.GetProperty("total").GetInt32() == 1, "the marker after the replay is stored");
        var replayed = await legalOffice.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(live.GetProperty("units").GetRawText(), replayed.GetProperty("units").GetRawText());
        var evidence = await admin.GetFromJsonAsync<JsonElement>($"/api/appraisal/units/{unit}/evidence?pageSize=100");
        Assert.Equal(events.Count(e => e.UnitId == unit) + 1, evidence.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task APP_2_an_adjustment_needs_a_reason_and_is_recorded_with_the_actor_from_the_token()
    {
        var unit = $"unit-{Guid.NewGuid():N}"[..20];
        var cycle = await CreateCycleAsync();
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var path = $"/api/appraisal/cycles/{cycle}/adjustments";
        await Problems.AssertFieldErrorsAsync(await appraiser.PostAsJsonAsync(path, new AdjustScoreRequest(unit, "A1c", -5m, "")), "reason");
        await Problems.AssertRefusedAsync(await appraiser.PostAsJsonAsync(path, new AdjustScoreRequest(unit, "A1", -5m, "二级指标")), "APP-2");

        var adjusted = await appraiser.PostAsJsonAsync(path, new AdjustScoreRequest(unit, "A1c", -5m, "迟报超期情况，扣5分"));
        Assert.Equal(HttpStatusCode.Created, adjusted.StatusCode);
        var adjustment = await adjusted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("test-", adjustment.GetProperty("actor").GetString(), StringComparison.Ordinal);

        using var legalOffice = service.CreateClientFor(DistrictLegalOffice, Roles.LegalOffice);
        var live = await legalOffice.GetFromJsonAsync<JsonElement>(adjusted.Headers.Location!.ToString());
        var missed = ScoresOf(live)["A1c"];
        Assert.Equal((100m, -5m, 95m), (missed.Computed, missed.Adjustment, missed.Score));
        Assert.Equal("迟报超期情况，扣5分", live.GetProperty("adjustments")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task APP_2_live_scores_are_staff_only_a_unit_reads_its_own_and_the_district_s_reviewers_read_all()
    {
        var unit = $"unit-{Guid.NewGuid():N}"[..20];
        var cycle = await CreateCycleAsync();
        await PublishAsync([new StatutoryDeadlineElapsed { OccurredAt = At, UnitId = unit, RecordId = Guid.NewGuid(), Service = "enforcement", ClockKind = "decision", RuleId = "ENF-4", DueDate = Day }]);
        var all = $"/api/appraisal/cycles/{cycle}/scores";
        var own = $"/api/appraisal/cycles/{cycle}/units/{unit}/scores";

        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        await Eventually.Until(() => appraiser.GetFromJsonAsync<JsonElement>(own), s => s.GetProperty("units").GetArrayLength() == 1, "the unit is scored");
        using var districtLegalOffice = service.CreateClientFor(DistrictLegalOffice, Roles.LegalOffice);
        using var ownStaff = service.CreateClientFor(unit, Roles.UnitStaff);
        foreach (var (client, path) in new[] { (appraiser, all), (districtLegalOffice, all), (appraiser, own), (districtLegalOffice, own), (ownStaff, own) })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }

        using var anonymous = service.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(all)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(own)).StatusCode);
        using var otherUnit = service.CreateClientFor("unit-other", Roles.UnitStaff);
        using var otherLegalOffice = service.CreateClientFor("town-legal-office", Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.Forbidden, (await ownStaff.GetAsync(all)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLegalOffice.GetAsync(all)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync(own)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLegalOffice.GetAsync(own)).StatusCode);
    }

    private async Task<Guid> CreateCycleAsync()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var created = await appraiser.PostAsJsonAsync("/api/appraisal/cycles", Schemes.Request());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task PublishAsync(IEnumerable<IntegrationEvent> events)
    {
        var bus = service.Services.EventBus();
        foreach (var e in events)
        {
            await bus.Publish(e);
        }
    }

    private static List<Guid> EventIdsOf(JsonElement scores) =>
        [.. scores.GetProperty("units").EnumerateArray().SelectMany(u => u.GetProperty("indicators").EnumerateArray())
            .SelectMany(i => i.GetProperty("eventIds").EnumerateArray().Select(e => e.GetGuid())).Distinct()];

    private static Dictionary<string, (decimal Computed, decimal Adjustment, decimal Score, List<Guid> EventIds)> ScoresOf(JsonElement scores) =>
        Assert.Single(scores.GetProperty("units").EnumerateArray()).GetProperty("indicators").EnumerateArray().ToDictionary(
            i => i.GetProperty("indicatorCode").GetString()!,
            i => (i.GetProperty("computed").GetDecimal(), i.GetProperty("adjustment").GetDecimal(), i.GetProperty("score").GetDecimal(),
                i.GetProperty("eventIds").EnumerateArray().Select(e => e.GetGuid()).ToList()));
}
