using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Commands;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>
/// An issuing unit registers the draft of a normative document within its competence. <c>Provisional</c> makes it
/// 暂行/试行 (DOC-7: valid at most 2 years); a title marked 暂行 or 试行 makes it provisional anyway.
/// </summary>
public sealed record DraftDocumentRequest(string UnitId, string Competence, string Title, string? Body, bool AffectsRights, bool MarketRelated, bool Provisional);

/// <summary>A corrected text of a draft; the earlier text stays readable as a version.</summary>
public sealed record ReviseDocumentRequest(string Title, string Body, string Reason);

internal sealed class DraftDocumentValidator : AbstractValidator<DraftDocumentRequest>
{
    public DraftDocumentValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Competence).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Body).MaximumLength(200_000);
    }
}

internal sealed class ReviseDocumentValidator : AbstractValidator<ReviseDocumentRequest>
{
    public ReviseDocumentValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Body).NotNull().MaximumLength(200_000);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

internal static class Drafting
{
    public static void MapDrafting(this RouteGroupBuilder documents)
    {
        documents.MapPost("/", async (DraftDocumentRequest request, DocumentsDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            ActingUnit.Require(http, request.UnitId);
            var issuer = await db.IssuingUnits.AsNoTracking().SingleOrDefaultAsync(u => u.UnitId == request.UnitId, ct)
                ?? throw DocumentRules.Doc1.Violation($"{request.UnitId} is not a registered issuing unit.");
            var now = time.GetUtcNow();
            var document = NormativeDocument.Draft(
                issuer, request.Competence.Trim(), request.Title.Trim(), request.Body ?? "", request.AffectsRights, request.MarketRelated, request.Provisional, now);
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{NormativeDocumentsService.Identity.RoutePrefix}/{document.Id}", DocumentResponse.From(document, StatutoryTime.DateOf(now), RecordViews.Of(http, document)));
        })
        .Validate<DraftDocumentRequest>()
        .WithRequestExample(Examples.Draft)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.UnitStaff, Roles.UnitHead)
        .WithName("DraftDocument")
        .WithSummary("Registers the draft of a normative document (起草); only a registered issuing unit, within its competence (DOC-1).");

        documents.MapGet("/{id:guid}", async Task<Results<Ok<DocumentResponse>, NotFound>> (Guid id, DocumentsDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
            if (document is null)
            {
                return TypedResults.NotFound();
            }

            ETags.Set(http, document);
            return TypedResults.Ok(DocumentResponse.From(document, StatutoryTime.Today(time), RecordViews.Of(http, document)));
        })
        .WithName("GetDocument")
        .WithSummary("A normative document by id, with whether it is in force today; process information only to the unit's staff, the legal office and administrators until it is published.");

        documents.MapPost("/{id:guid}/revise", (Guid id, ReviseDocumentRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.Revise(request.Title.Trim(), request.Body, request.Reason, c.Now), ct))
        .Validate<ReviseDocumentRequest>()
        .WithRequestExample(Examples.Revise)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("ReviseDocument")
        .WithSummary("Revises a draft's text (a new version), before or after its comment period; a reviewed draft goes back to where it was sent to review from.");
    }
}
