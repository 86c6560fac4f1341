using System.Net.Http.Json;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Testing;

namespace RuleOfLaw.BuildingBlocks.Tests.Reliability;

/// <summary>A subscriber (here the appraisal service) receives the normative-documents events of a whole procedure.</summary>
public sealed class DocumentEventsTests(AppraisalHost appraisal, DocumentsHost documents) : IClassFixture<AppraisalHost>, IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task A_subscriber_sees_a_document_drafted_reviewed_discussed_published_in_force_and_filed()
    {
        var unit = Units.New();
        var draft = await documents.DraftAsync(unit, affectsRights: false);
        using var client = documents.CreateClientFor(unit);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        foreach (var (step, body) in new (string, object)[]
        {
            ("legality-review/submission", new { }),
            ("legality-review", new { checklist = new { createsLicences = false, createsPenalties = false, createsCoerciveMeasures = false, createsFees = false, reducesRightsOrAddsObligationsWithoutBasis = false, restrictsCompetition = false }, conclusion = "Lawful", opinion = "同意", reviewer = "法制科" }),
            ("collective-discussion", new { meetingDate = today, meetingType = "Executive", outcome = "Adopted", minutes = "通过" }),
            ("publish", new { effectiveFrom = today, expiresOn = today.AddYears(2) }),
            ("filing", new { }),
        })
        {
            (await client.PostAsJsonAsync($"/api/documents/{draft.Id}/{step}", body)).EnsureSuccessStatusCode();
        }

        var evidence = await appraisal.EvidenceCountReachesAsync(unit, 6);
        Assert.Equal(
            new[] { typeof(DocumentDrafted), typeof(DocumentLegalityReviewed), typeof(DocumentDiscussed), typeof(DocumentPublished), typeof(DocumentEnteredForce), typeof(DocumentFiled) }
                .Select(t => t.FullName).Order(),
            evidence.Items.Select(e => e.EventType).Order());
    }
}
