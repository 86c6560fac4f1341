using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

public sealed class DemoDataTests
{
    [Theory]
    [MemberData(nameof(DemoData.Clocks), MemberType = typeof(DemoData))]
    public async Task Everyone_demo_cases_are_seeded_at_every_step_relative_to_the_clock_never_after_it(string clock)
    {
        await using var service = await DemoData.StartAsync<ReconsiderationDbContext>(ReconsiderationService.Names, clock);
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
