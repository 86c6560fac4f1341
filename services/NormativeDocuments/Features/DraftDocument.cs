using FluentValidation;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>An issuing unit registers the draft of a normative document.</summary>
public sealed record DraftDocumentRequest(string UnitId, string Title, string? Body, bool AffectsRights, bool MarketRelated, bool Provisional);

internal sealed class DraftDocumentValidator : AbstractValidator<DraftDocumentRequest>
{
    public DraftDocumentValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Body).MaximumLength(200_000);
    }
}

internal static class DraftDocument
{
    public static void MapDraftDocument(this RouteGroupBuilder documents) =>
        documents.MapPost("/", async (DraftDocumentRequest request, DocumentsDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var document = NormativeDocument.Draft(
                request.UnitId.Trim(), request.Title.Trim(), request.Body ?? "", request.AffectsRights, request.MarketRelated, request.Provisional, time.GetUtcNow());
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{NormativeDocumentsService.Identity.RoutePrefix}/{document.Id}", DocumentResponse.From(document));
        })
        .Validate<DraftDocumentRequest>()
        .WithName("DraftDocument")
        .WithSummary("Registers the draft of a normative document (起草).");
}
