using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.Contracts.Reconsideration;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>REC-7 and ENF-7: a reconsideration decision marks the case; a published decision altered or revoked is withdrawn within 3 days.</summary>
public sealed class ReconsiderationOutcomeTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    private static async Task<CaseResponse> PublishedDecisionAsync(EnforcementApi api)
    {
        var notified = await api.NotifiedCaseAsync();
        await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(notified.Id, api.Today));
        await api.StepAsync(notified.Id, "service", new ServeDecisionRequest(api.Today, "直接送达"));
        return await api.StepAsync(notified.Id, "publication", new StepRequest(api.Today, "网站公示"));
    }

    private Task DecideAsync(Guid caseId, string outcome) =>
        service.Services.EventBus().Publish(new ReconsiderationDecided
        {
            OccurredAt = DateTimeOffset.UtcNow, UnitId = "district-government", RecordId = Guid.NewGuid(), Outcome = outcome,
            DecidedOn = service.Today, RespondentUnitId = "respondent", EnforcementCaseId = caseId,
        });

    [Fact]
    public async Task REC_7_a_revoked_published_decision_is_marked_and_withdrawn_within_three_days()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var published = await PublishedDecisionAsync(api);
        var upheld = await PublishedDecisionAsync(api);

        await DecideAsync(published.Id, "Revoked");
        await DecideAsync(upheld.Id, "Upheld");
        var marked = await Eventually.Until(() => api.GetCaseAsync(published.Id), c => c.ReconsiderationOutcome == "Revoked", "the case is marked");
        Assert.True(api.Today.AddDays(3) <= marked.WithdrawalDueOn);
        var notCorrected = await Eventually.Until(() => api.GetCaseAsync(upheld.Id), c => c.ReconsiderationOutcome == "Upheld", "the upheld case is recorded");
        Assert.Null(notCorrected.WithdrawalDueOn);
        await Problems.AssertRefusedAsync(await api.PostAsync(upheld.Id, "withdrawal", new StepRequest(api.Today, null)), "ENF-7");

        var withdrawn = await api.StepAsync(published.Id, "withdrawal", new StepRequest(api.Today, "撤下原公开决定"));
        Assert.Equal(api.Today, withdrawn.WithdrawnOn);
    }

    [Fact]
    public async Task ENF_7_a_published_decision_varied_and_not_withdrawn_in_three_days_is_reported_overdue()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var published = await PublishedDecisionAsync(api);
        await DecideAsync(published.Id, "Varied");
        await Eventually.Until(() => api.GetCaseAsync(published.Id), c => c.WithdrawalDueOn is not null, "the withdrawal clock started");

        service.Advance(10);
        await Eventually.Until(
            async () => (await service.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MessageType.EndsWith("StatutoryDeadlineElapsed")).ToListAsync()))
                .Count(m => m.Body.Contains(published.Id.ToString(), StringComparison.Ordinal) && m.Body.Contains("withdrawal", StringComparison.Ordinal)),
            count => count == 1,
            "the missed withdrawal is published");
    }
}
