using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>The service seeded with its demo data behind <c>DemoData:Enabled</c>, on a clock set by the test.</summary>
public sealed class DemoReconsiderationFactory : ServiceFactory<ReconsiderationDbContext>
{
    public DemoReconsiderationFactory(DateTimeOffset now)
        : base(ReconsiderationService.Identity)
    {
        Time = new FakeTimeProvider(now);
        Settings["DemoData:Enabled"] = "true";
    }
}

public sealed class DemoDataTests
{
    [Theory]
    [InlineData("2026-03-02T01:00:00Z")]
    [InlineData("2027-08-15T14:00:00Z")]
    public async Task Everyone_demo_cases_are_seeded_at_every_step_relative_to_the_clock_never_after_it(string clock)
    {
        await using var service = new DemoReconsiderationFactory(DateTimeOffset.Parse(clock, CultureInfo.InvariantCulture));
        await service.InitializeAsync();
        using var office = service.CreateClient();
        var cases = (await office.GetFromJsonAsync<Page<CaseResponse>>("/api/reconsideration/cases?pageSize=100", ReconsiderationApi.Json))!.Items;
        var today = BuildingBlocks.Clocks.StatutoryTime.Today(service.Time!);
        Assert.True(cases.Count >= 7);
        Assert.Contains(cases, c => c.Status == CaseStatus.Decided && c.Outcome == Outcome.Varied);
        Assert.Contains(cases, c => c.Status == CaseStatus.Refused);
        Assert.Contains(cases, c => c.Status == CaseStatus.AwaitingCorrection);
        Assert.All(cases, c => Assert.True(c.ReceivedOn <= today && (c.DecidedOn ?? today) <= today, c.Number));
        var casebook = (await office.GetFromJsonAsync<Page<CasebookEntry>>("/api/reconsideration/casebook", ReconsiderationApi.Json))!;
        Assert.NotEmpty(casebook.Items);
    }
}
