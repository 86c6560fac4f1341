using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>
/// An issuing unit registers the draft of a normative document within its competence. <c>Provisional</c> makes it
/// 暂行/试行 (DOC-7: valid at most 2 years); a title marked 暂行 or 试行 makes it provisional anyway.
/// </summary>
public sealed record DraftDocumentRequest(string UnitId, string Competence, string Title, string? Body, bool AffectsRights, bool MarketRelated, bool Provisional);

internal sealed class DraftDocumentValidator : AbstractValidator<DraftDocumentRequest>
{
    public DraftDocumentValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(RecordMapping.UnitIdLength);
        RuleFor(x => x.Competence).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Body).MaximumLength(200_000);
    }
}

internal static class DraftDocument
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/", async (DraftDocumentRequest request, DocumentsDbContext db, DocumentCommands commands, HttpContext http, CancellationToken ct) =>
        {
            ActingUnit.Require(http, request.UnitId);
            var issuer = await db.IssuingUnits.AsNoTracking().SingleOrDefaultAsync(u => u.UnitId == request.UnitId, ct)
                ?? throw DocumentRules.Doc1.Violation($"{request.UnitId} 不是已登记的制定机关。", $"{request.UnitId} is not a registered issuing unit.");
            var c = await commands.ContextAsync(ct);
            var document = NormativeDocument.Draft(
                issuer, request.Competence.Trim(), request.Title.Trim(), request.Body ?? "", request.AffectsRights, request.MarketRelated, request.Provisional, c.Now);
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{NormativeDocumentsService.Names.RoutePrefix}/{document.Id}", commands.Show(document, c.Today));
        })
        .Validate<DraftDocumentRequest>()
        .WithRequestExample(Examples.Draft)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.UnitStaff, Roles.UnitHead)
        .WithName("DraftDocument")
        .WithSummary("Registers the draft of a normative document (起草); only a registered issuing unit, within its competence (DOC-1).");
}
