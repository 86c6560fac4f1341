using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>Dates a client gives fit the procedure's order, and every gate that blocks leaves a way forward.</summary>
public sealed class ProcedureOrderTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_8_minutes_are_of_a_meeting_held_on_the_agenda_date_or_later_and_not_in_the_future()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.ReviewedAsync();
        await api.StepAsync(decision.Id, "agenda", api.Agenda() with { MeetingDate = service.Today.AddDays(7) });
        var minutes = api.Meeting(MeetingOutcome.Adopted);

        var future = await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with { MeetingDate = service.Today.AddDays(7) }), "DEC-8");
        Assert.Contains("held", future, StringComparison.Ordinal);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with { MeetingDate = service.Today.AddDays(37) }), "DEC-8");

        service.Advance(8);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with { MeetingDate = service.Today.AddDays(-2) }), "DEC-8"); // before the agenda's date
        var decided = await api.StepAsync(decision.Id, "collective-decision", minutes with { MeetingDate = service.Today.AddDays(-1) });
        var published = await api.StepAsync(decision.Id, "publication", new PublishDecisionRequest("共收到意见1条，已采纳。"));

        Assert.Equal(DecisionStatus.Adopted, decided.Status);
        Assert.True(published.PublishedOn >= published.Meeting!.MeetingDate, $"published {published.PublishedOn}, met {published.Meeting.MeetingDate}");
    }
}
