using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>A decision's legality review is concluded by a legal office that reviews for its unit, not by any legal office.</summary>
public sealed class LegalOfficeScopeTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_6_only_a_legal_office_serving_the_unit_concludes_the_legality_review()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.ReadyForReviewAsync();
        await api.StepAsync(decision.Id, "legality-review/submission");

        using var market = service.CreateClientFor("district-market-regulation", Roles.LegalOffice);
        var refused = await market.PostAsJsonAsync($"/api/decisions/{decision.Id}/legality-review", DecisionsApi.Review(LegalityConclusion.Lawful));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(DecisionStatus.UnderLegalityReview, (await api.GetAsync(decision.Id)).Status);

        using var district = service.CreateClientFor("district-justice", Roles.LegalOffice);
        var reviewed = await DecisionsApi.ReadAsync<DecisionResponseView>(await district.PostAsJsonAsync($"/api/decisions/{decision.Id}/legality-review", DecisionsApi.Review(LegalityConclusion.Lawful)));
        Assert.Equal(DecisionStatus.Reviewed, reviewed.Status);
    }

    [Fact]
    public async Task Everyone_a_legal_office_sees_process_information_only_of_the_units_it_reviews_for()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.ReadyForReviewAsync();
        await api.StepAsync(decision.Id, "legality-review/submission");
        using var district = service.CreateClientFor("district-justice", Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.OK, (await district.PostAsJsonAsync($"/api/decisions/{decision.Id}/legality-review", DecisionsApi.Review(LegalityConclusion.Lawful))).StatusCode);

        // The legality opinion is process information until the decision is published (DEC-9).
        var served = await DecisionsApi.ReadAsync<ProcessView>(await district.GetAsync($"/api/decisions/{decision.Id}"));
        Assert.NotNull(served.LegalityReview);
        using var market = service.CreateClientFor("district-market-regulation", Roles.LegalOffice);
        var other = await DecisionsApi.ReadAsync<ProcessView>(await market.GetAsync($"/api/decisions/{decision.Id}"));
        Assert.Null(other.LegalityReview);
        Assert.Empty(other.ExpertOpinions);
    }

    private sealed record DecisionResponseView(Guid Id, DecisionStatus Status);

    private sealed record ProcessView(Guid Id, System.Text.Json.JsonElement? LegalityReview, List<System.Text.Json.JsonElement> ExpertOpinions);
}
