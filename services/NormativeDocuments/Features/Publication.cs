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

/// <summary>Publication: the effective date (today or later) and the expiry date; the number is assigned, never chosen.</summary>
public sealed record PublishRequest(DateOnly EffectiveFrom, DateOnly ExpiresOn);

internal sealed class PublishValidator : AbstractValidator<PublishRequest>
{
    public PublishValidator() => RuleFor(x => x.ExpiresOn).GreaterThan(x => x.EffectiveFrom);
}

/// <summary>统一登记、编号、公布 (DOC-5, DOC-6, DOC-7) and 备案 (DOC-9).</summary>
internal static class Publication
{
    public static void MapPublication(this RouteGroupBuilder documents)
    {
        documents.MapPost("/{id:guid}/publish", async Task<Results<Ok<DocumentResponse>, NotFound, ProblemHttpResult>> (Guid id, PublishRequest request, DocumentsDbContext db, DocumentCommands commands, HttpContext http, CancellationToken ct) =>
        {
            var context = await commands.ContextAsync(ct);
            var strategy = db.Database.CreateExecutionStrategy();
            var stale = false;
            var published = await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, ct);
                if (document is null)
                {
                    return null;
                }

                if (!ETags.Matches(http, document))
                {
                    stale = true;
                    return null;
                }

                // Refuse before a number is drawn, so a refused publication never holds a number.
                DocumentRules.Doc4.Require(document.Status == DocumentStatus.Adopted, "Only a document the collective discussion adopted is published.");
                var issuer = await db.IssuingUnits.AsNoTracking().SingleAsync(u => u.UnitId == document.UnitId, ct);
                var year = context.Today.Year;
                var sequence = await NumberCounter.NextAsync(db, document.UnitId, year, ct);
                document.Publish(issuer.Code, year, sequence, context.Today, request.EffectiveFrom, request.ExpiresOn, context.Settings, context.Now);
                StartForceClocks(context, document);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return document;
            });
            if (stale)
            {
                return ETags.PreconditionFailed();
            }

            if (published is null)
            {
                return TypedResults.NotFound();
            }

            ETags.Set(http, published);
            return TypedResults.Ok(commands.Show(published, context.Today));
        })
        .Validate<PublishRequest>()
        .WithRequestExample(Examples.Publish)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PublishDocument")
        .WithSummary("Publishes an adopted document under the next number of its unit and year, 〈code〉规〔〈year〉〕〈n〉号 (DOC-5 … DOC-7).");

        documents.MapPost("/{id:guid}/filing", (Guid id, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, async (d, c) =>
            {
                d.File(c.Today, c.Calendar, c.Settings, c.Now);
                await c.StopAsync(d, DocumentClocks.Filing, "filed");
            }, ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("FileDocument")
        .WithSummary("Files the published document with the supervising body; after day 15 it is recorded late (DOC-9).");
    }

    /// <summary>The timers of a published document: entry into force, expiry warning, expiry, and the filing deadline.</summary>
    private static void StartForceClocks(CommandContext context, NormativeDocument document)
    {
        var effective = document.EffectiveFrom!.Value;
        var expires = document.ExpiresOn!.Value;
        if (effective > context.Today)
        {
            context.Start(document, DocumentClocks.Timer(document, DocumentClocks.EntersForce, DocumentRules.Doc5.Id, effective, context.Now));
        }
        else
        {
            document.AnnounceEnteredForce(context.Now);
        }

        var warning = expires.AddMonths(-context.Settings.ExpiryWarningMonths);
        if (warning > context.Today)
        {
            context.Start(document, DocumentClocks.Timer(document, DocumentClocks.ExpiryWarning, DocumentRules.Doc7.Id, warning, context.Now));
        }

        context.Start(document, DocumentClocks.Timer(document, DocumentClocks.Expiry, DocumentRules.Doc7.Id, expires.AddDays(1), context.Now));
        context.Start(document, StatutoryClock.Start(
            DocumentClocks.RecordType, document.Id, document.UnitId, DocumentClocks.Filing, DocumentRules.Doc9.Id,
            context.Today, context.Settings.FilingDays, PeriodUnit.CalendarDays, context.Calendar, context.Now));
    }
}
