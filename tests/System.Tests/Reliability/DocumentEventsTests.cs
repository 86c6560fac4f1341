using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Reliability;

/// <summary>A subscriber (here the appraisal service) receives the normative-documents events of a whole procedure.</summary>
public sealed class DocumentEventsTests(AppraisalHost appraisal, DocumentsHost documents) : IClassFixture<AppraisalHost>, IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task A_subscriber_sees_a_document_drafted_reviewed_discussed_published_in_force_and_filed()
    {
        var unit = Units.New();
        var draft = await documents.DraftAsync(unit, affectsRights: false);
        await documents.PublishAsync(unit, draft.Id, file: true);

        var evidence = await appraisal.EvidenceCountReachesAsync(unit, 6);
        Assert.Equal(
            new[] { typeof(DocumentDrafted), typeof(DocumentLegalityReviewed), typeof(DocumentDiscussed), typeof(DocumentPublished), typeof(DocumentEnteredForce), typeof(DocumentFiled) }
                .Select(t => t.FullName).Order(),
            evidence.Items.Select(e => e.EventType).Order());
    }
}
