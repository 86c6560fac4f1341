using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

public sealed class RemedyDemoDataTests
{
    [Theory]
    [MemberData(nameof(DemoData.Clocks), MemberType = typeof(DemoData))]
    public async Task Everyone_demo_court_cases_mediations_petitions_and_claims_are_seeded_relative_to_the_clock(string clock)
    {
        await using var service = await DemoData.StartAsync<ReconsiderationDbContext>(ReconsiderationService.Names, clock);
        using var organ = service.CreateClient();
        async Task<IReadOnlyList<T>> ListAsync<T>(string path) => (await organ.GetFromJsonAsync<Page<T>>($"/api/reconsideration/{path}?pageSize=100", ReconsiderationApi.Json))!.Items;
        var today = BuildingBlocks.Clocks.StatutoryTime.Today(service.Time!);

        var courtCases = await ListAsync<CourtCaseResponse>("court-cases");
        Assert.Contains(courtCases, c => c.Lost);
        Assert.Contains(courtCases, c => c.Hearings.Any(h => h.HeadAppeared));
        Assert.All(courtCases, c => Assert.True(c.ServedOn <= today && (c.JudgedOn ?? today) <= today, c.CourtCaseNumber));
        Assert.Contains(await ListAsync<MediationResponse>("mediations"), m => m.Status == MediationStatus.AgreementReached);
        var petitions = await ListAsync<PetitionResponse>("petitions");
        Assert.Equal([PetitionStatus.Registered, PetitionStatus.Routed, PetitionStatus.Redirected], petitions.Select(p => p.Status).Order());
        Assert.Contains(await ListAsync<CompensationResponse>("compensation-claims"), c => c.Status == CompensationStatus.PartlyGranted && c.AmountDecided == 18000m);
    }
}
