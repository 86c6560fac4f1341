using System.Net;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>REC-1: online applications by signed-in citizens, within their period; the applicant's own case view.</summary>
public sealed class ApplicationTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly ReconsiderationApi _api = new(service);

    [Fact]
    public async Task REC_1_citizen_applies_within_60_days_and_sees_status_deadlines_and_documents_of_own_case_only()
    {
        var applied = await _api.ApplyAsync(_api.Application(learnedOn: _api.Today.AddDays(-60)));
        Assert.Equal(CaseStatus.Submitted, applied.Status);
        Assert.False(applied.Late);
        Assert.Equal(_api.CitizenName, applied.ApplicantName);
        Assert.Equal(ReconsiderationApi.WorkingDaysAfter(_api.Today, 5), ReconsiderationApi.Deadline(applied, CaseClocks.Acceptance).DueDate);

        var own = await _api.GetAsync(applied.Id, _api.Citizen);
        Assert.Equal(applied.Number, own.Number);
        Assert.Single(own.Deadlines);
        var accepted = await _api.StepAsync(applied.Id, "acceptance", new AcceptCaseRequest(_api.Today, ProcedureKind.Ordinary, null, false));
        var seen = await _api.GetAsync(applied.Id, _api.Citizen);
        Assert.Equal(CaseStatus.Accepted, seen.Status);
        Assert.Contains(seen.Documents, d => d.Title == "受理通知书");
        Assert.Contains(seen.Deadlines, d => d.Kind == CaseClocks.Decision && d.DueDate == ReconsiderationApi.DaysAfter(_api.Today, 60));
        Assert.Equal(accepted.Number, seen.Number);

        using var other = service.CreateClient().ActingAsCitizen("另一位申请人");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/reconsideration/cases/{applied.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/reconsideration/cases/{applied.Id}/history")).StatusCode);
        var list = await ReconsiderationApi.OkAsync<RuleOfLaw.BuildingBlocks.Hosting.Page<CaseResponse>>(await other.GetAsync("/api/reconsideration/cases"));
        Assert.DoesNotContain(list.Items, c => c.Id == applied.Id);
        var mine = await ReconsiderationApi.OkAsync<RuleOfLaw.BuildingBlocks.Hosting.Page<CaseResponse>>(await _api.Citizen.GetAsync("/api/reconsideration/cases"));
        Assert.All(mine.Items, c => Assert.Equal(_api.CitizenName, c.ApplicantName));
        Assert.Contains(mine.Items, c => c.Id == applied.Id);
        using var anonymous = service.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/reconsideration/cases/{applied.Id}")).StatusCode);
        using var unitStaff = service.CreateClientFor(_api.RespondentUnitId, BuildingBlocks.Access.Roles.UnitStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await unitStaff.GetAsync($"/api/reconsideration/cases/{applied.Id}")).StatusCode);
    }

    [Fact]
    public async Task REC_1_a_late_application_needs_a_recorded_justified_reason()
    {
        // Well past the 60 days: a period ending on a rest day runs to the next working day, so one day past is not always late.
        var late = _api.Application(learnedOn: _api.Today.AddDays(-70));
        await Problems.AssertRefusedAsync(await _api.TryApplyAsync(late), "REC-1");

        var justified = await _api.ApplyAsync(late with { LateReason = "申请人住院治疗，无法在期限内申请" });
        Assert.True(justified.Late);
        Assert.Equal("申请人住院治疗，无法在期限内申请", justified.LateReason);
    }

    [Fact]
    public async Task REC_1_an_applicant_not_told_of_the_right_has_up_to_a_year()
    {
        var untold = await _api.ApplyAsync(_api.Application(learnedOn: _api.Today.AddDays(-200), toldOfRight: false));
        Assert.False(untold.Late);
        await Problems.AssertRefusedAsync(await _api.TryApplyAsync(_api.Application(learnedOn: _api.Today.AddYears(-1).AddDays(-10), toldOfRight: false)), "REC-1");
    }

    [Fact]
    public async Task REC_1_only_a_signed_in_citizen_applies_and_dates_are_checked()
    {
        using var staff = service.CreateClientFor(_api.RespondentUnitId, BuildingBlocks.Access.Roles.UnitStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.TryApplyAsync(_api.Application(), staff)).StatusCode);
        using var anonymous = service.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.TryApplyAsync(_api.Application(), anonymous)).StatusCode);

        await Problems.AssertFieldErrorsAsync(await _api.TryApplyAsync(_api.Application(learnedOn: _api.Today.AddDays(1))), "learnedOn");
        await Problems.AssertFieldErrorsAsync(await _api.TryApplyAsync(_api.Application() with { ActOn = _api.Today.AddDays(-5), LearnedOn = _api.Today.AddDays(-6) }), "learnedOn");
        await Problems.AssertFieldErrorsAsync(await _api.TryApplyAsync(_api.Application(documentNumber: "南府规〔2026〕3号") with { Clauses = [] }), "clauses");
    }

    [Fact]
    public async Task Everyone_retried_application_with_the_same_key_creates_one_case()
    {
        var request = _api.Application();
        var first = await _api.Citizen.PostAsync("/api/reconsideration/cases", request, "apply-once", ReconsiderationApi.Json);
        var retry = await _api.Citizen.PostAsync("/api/reconsideration/cases", request, "apply-once", ReconsiderationApi.Json);
        IdempotentRequests.AssertRetryReplayed(first, retry);
    }

    public void Dispose() => _api.Dispose();
}
