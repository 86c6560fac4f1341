using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.Appraisal.Features;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Contracts.Clocks;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

/// <summary>APP-3: the rectification deadline is a clock that fires on its own; a host of its own, as the test moves time.</summary>
public sealed class RectificationClockTests(AfterTheYearFactory service) : IClassFixture<AfterTheYearFactory>
{
    [Fact]
    public async Task APP_3_a_rectification_not_reported_by_its_deadline_is_flagged_overdue_and_the_missed_clock_is_published()
    {
        using var appraiser = service.CreateClientFor(null, Roles.AppraisalAdmin);
        var (cycle, _, _, poor) = await ResultsTests.CycleWithThreeUnitsAsync(appraiser);
        await ResultsTests.StepAsync(appraiser, $"/api/appraisal/cycles/{cycle}/freeze", new FreezeCycleRequest(AfterTheYearFactory.Today));
        await ResultsTests.StepAsync(appraiser, $"/api/appraisal/cycles/{cycle}/publication", new PublishResultsRequest(AfterTheYearFactory.Today));
        var path = $"/api/appraisal/rectifications?cycleId={cycle}";
        var ordered = (await appraiser.GetFromJsonAsync<JsonElement>(path)).GetProperty("items")[0];
        var dueOn = ordered.GetProperty("dueOn").GetDateOnly();

        service.Time!.Advance(TimeSpan.FromDays(dueOn.DayNumber - AfterTheYearFactory.Today.DayNumber)); // the last day: still in time
        var sweeper = service.Services.GetRequiredService<ClockSweeper<AppraisalDbContext>>();
        await sweeper.SweepAsync(CancellationToken.None);
        Assert.False((await appraiser.GetFromJsonAsync<JsonElement>(path)).GetProperty("items")[0].GetProperty("overdue").GetBoolean());

        service.Time.Advance(TimeSpan.FromDays(1));
        await sweeper.SweepAsync(CancellationToken.None);
        using var anonymous = service.CreateAnonymousClient();
        var overdue = (await anonymous.GetFromJsonAsync<JsonElement>($"{path}&overdue=true")).GetProperty("items");
        Assert.Equal(poor, Assert.Single(overdue.EnumerateArray()).GetProperty("unitId").GetString());

        var evidence = await Eventually.Until(
            () => appraiser.GetFromJsonAsync<JsonElement>($"/api/appraisal/units/{poor}/evidence?pageSize=100"),
            e => e.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("eventType").GetString() == typeof(StatutoryDeadlineElapsed).FullName),
            "the missed rectification clock is published");
        Assert.Equal(ordered.GetProperty("id").GetGuid(), evidence.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("eventType").GetString() == typeof(StatutoryDeadlineElapsed).FullName).GetProperty("recordId").GetGuid());
    }
}
