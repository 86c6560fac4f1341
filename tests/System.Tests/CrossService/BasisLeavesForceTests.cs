using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.CrossService;

/// <summary>
/// ENF-1 across two services: the documents service revokes a normative document; the enforcement
/// service, which only hears the documents service's events, flags the power whose basis cites it
/// and the open case relying on that power.
/// </summary>
public sealed class BasisLeavesForceTests(DocumentsHost documents, EnforcementHost enforcement) : IClassFixture<DocumentsHost>, IClassFixture<EnforcementHost>
{
    [Fact]
    public async Task ENF_1_a_document_revoked_in_the_documents_service_flags_the_basis_and_the_open_case_in_enforcement()
    {
        var issuer = Units.New();
        var draft = await documents.DraftAsync(issuer, title: "关于食品经营进货查验的规定", affectsRights: false);
        await documents.PublishAsync(issuer, draft.Id, file: true);
        using var legalOffice = documents.CreateClientFor("district-justice", Roles.LegalOffice); // the supervising body
        var published = (await legalOffice.GetFromJsonAsync<DocumentResponse>($"/api/documents/{draft.Id}", Json.Options))!;
        var number = published.Number!;

        // The enforcement service learns the document is in force from the events alone.
        using var registry = enforcement.CreateClient();
        await Eventually.Until(
            () => registry.GetAsync($"/api/enforcement/documents/{Uri.EscapeDataString(number)}"),
            r => r.IsSuccessStatusCode,
            "enforcement knows the published document");

        var unit = Units.New();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        (await registry.PostAsJsonAsync("/api/enforcement/units", new RegisterEnforcingUnitRequest(unit, "南城区市场监督管理局"))).EnsureSuccessStatusCode();
        var power = (await (await registry.PostAsJsonAsync("/api/enforcement/powers", new RegisterPowerRequest(unit, "P" + unit[^8..], PowerKind.Penalty,
            new PowerBasisRequest("对未按规定查验进货凭证的处罚", today.AddYears(-1), null, number, null, "权责清单公布")))).Content.ReadFromJsonAsync<PowerResponse>(Json.Options))!;
        Assert.Null(power.BasisFlag);
        var officers = new List<Guid>();
        foreach (var name in new[] { "张明", "李华" })
        {
            var certified = await registry.PostAsJsonAsync("/api/enforcement/officers", new CertifyOfficerRequest(unit, name, "C" + Guid.NewGuid().ToString("N")[..12], today.AddYears(-1), today.AddYears(3), false));
            officers.Add((await certified.Content.ReadFromJsonAsync<OfficerResponse>(Json.Options))!.Id);
        }

        using var officer = enforcement.CreateClientFor(unit, Roles.EnforcementOfficer);
        var opened = await officer.PostAsJsonAsync("/api/enforcement/cases", new OpenCaseRequest(
            unit, power.Id, "南城区某餐饮店", PartyKind.Organisation, null, "未查验进货凭证", today.AddDays(-3), today, officers, false, false, false, false, false));
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var caseId = (await opened.Content.ReadFromJsonAsync<CaseResponse>(Json.Options))!.Id;

        // The supervising body's review finds the document unlawful and revokes it.
        var review = await legalOffice.PostAsJsonAsync($"/api/documents/{draft.Id}/filing-review", new
        {
            checklist = new { imposesUnlawfulObligations = true, reducesRights = false, localOrSectoralProtectionism = false },
            outcome = "RevocationRequested",
            opinion = "违法增加企业义务",
        });
        Assert.True(review.IsSuccessStatusCode, await review.Content.ReadAsStringAsync());
        var revoked = await legalOffice.PostAsJsonAsync($"/api/documents/{draft.Id}/revoke", new TextRequest("经备案审查，予以撤销。"));
        Assert.True(revoked.IsSuccessStatusCode, await revoked.Content.ReadAsStringAsync());

        var flagged = await Eventually.Until(
            () => registry.GetFromJsonAsync<PowerResponse>($"/api/enforcement/powers/{power.Id}", Json.Options),
            p => p!.BasisFlag is not null,
            "enforcement flags the basis citing the revoked document");
        Assert.Contains("Revoked", flagged!.BasisFlag, StringComparison.Ordinal);
        var flaggedCase = await Eventually.Until(
            () => officer.GetFromJsonAsync<CaseResponse>($"/api/enforcement/cases/{caseId}", Json.Options),
            c => c!.BasisFlag is not null,
            "enforcement flags the open case relying on it");
        Assert.Contains(number, flaggedCase!.BasisFlag, StringComparison.Ordinal);
    }
}
