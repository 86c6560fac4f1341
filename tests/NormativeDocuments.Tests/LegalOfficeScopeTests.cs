using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>
/// A legal office reviews for its own unit and the units the district assigns it (by default the
/// district's 司法局, <c>district-justice</c>, for every unit); the supervising body's legal office alone
/// concludes filing reviews, revokes, and keeps the issuing units' competences.
/// </summary>
public sealed class LegalOfficeScopeTests(NormativeDocumentsServiceFactory service) : IClassFixture<NormativeDocumentsServiceFactory>
{
    private const string Supervising = "district-justice";

    [Fact]
    public async Task DOC_3_only_a_legal_office_serving_the_unit_concludes_its_legality_review()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var draft = await api.DraftAsync(unit);
        await api.StepAsync(draft.Id, "legality-review/submission");

        using var otherOffice = service.CreateClientFor("unit-" + Guid.NewGuid().ToString("N")[..10], Roles.LegalOffice);
        var refused = await otherOffice.PostAsJsonAsync($"/api/documents/{draft.Id}/legality-review", DocumentsApi.Review(LegalityConclusion.Lawful));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        using var district = service.CreateClientFor(Supervising, Roles.LegalOffice);
        var reviewed = await DocumentsApi.ReadAsync(await district.PostAsJsonAsync($"/api/documents/{draft.Id}/legality-review", DocumentsApi.Review(LegalityConclusion.Lawful)));
        Assert.Equal(DocumentStatus.Reviewed, reviewed.Status);
    }

    [Fact]
    public async Task DOC_3_a_unit_s_own_legal_department_reviews_its_drafts()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var draft = await api.DraftAsync(unit);
        await api.StepAsync(draft.Id, "legality-review/submission");

        using var own = service.CreateClientFor(unit, Roles.LegalOffice);
        var reviewed = await DocumentsApi.ReadAsync(await own.PostAsJsonAsync($"/api/documents/{draft.Id}/legality-review", DocumentsApi.Review(LegalityConclusion.Lawful)));
        Assert.Equal(DocumentStatus.Reviewed, reviewed.Status);
    }

    [Fact]
    public async Task DOC_10_filing_review_and_revocation_belong_to_the_supervising_body_s_legal_office()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var published = await api.PublishedAsync(unit);
        await api.StepAsync(published.Id, "filing");
        var review = new FilingReviewRequest(new FilingReviewChecklist(true, false, false), ReviewOutcome.RevocationRequested, "设定了行政许可，建议撤销。");

        using var ownOffice = service.CreateClientFor(unit, Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.Forbidden, (await ownOffice.PostAsJsonAsync($"/api/documents/{published.Id}/filing-review", review)).StatusCode);

        using var district = service.CreateClientFor(Supervising, Roles.LegalOffice);
        await DocumentsApi.ReadAsync(await district.PostAsJsonAsync($"/api/documents/{published.Id}/filing-review", review));
        Assert.Equal(HttpStatusCode.Forbidden, (await ownOffice.PostAsJsonAsync($"/api/documents/{published.Id}/revoke", new { text = "撤销" })).StatusCode);
        var revoked = await DocumentsApi.ReadAsync(await district.PostAsJsonAsync($"/api/documents/{published.Id}/revoke", new { text = "经备案审查，予以撤销。" }));
        Assert.Equal(DocumentStatus.Revoked, revoked.Status);
    }

    [Fact]
    public async Task DOC_1_another_legal_office_cannot_change_a_unit_s_competences()
    {
        using var api = new DocumentsApi(service);
        var unit = await api.RegisterUnitAsync();
        var change = new UpdateIssuingUnitRequest("测试单位", ["食品安全"], true);

        using var market = service.CreateClientFor("district-market-regulation", Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.Forbidden, (await market.PutAsJsonAsync($"/api/documents/issuing-units/{unit}", change)).StatusCode);
        using var district = service.CreateClientFor(Supervising, Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.OK, (await district.PutAsJsonAsync($"/api/documents/issuing-units/{unit}", change)).StatusCode);
    }
}
