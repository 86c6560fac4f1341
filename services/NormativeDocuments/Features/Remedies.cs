using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record StartCleanupRequest(string Name, string? UnitId);

public sealed record CleanupDecisionRequest(CleanupResult Result, DateOnly? RepealOn, string? Reason);

public sealed record ConcludeIncidentalReviewRequest(IReadOnlyList<string> UnlawfulClauses, string Reasoning);

public sealed record TransferIncidentalReviewRequest(string Organ, string Reasoning);

public sealed record CleanupResponse(Guid Id, string Name, string UnitId, CleanupStatus Status, DateOnly StartedOn, DateOnly? PublishedOn, IReadOnlyList<CleanupItem> Items)
{
    public static CleanupResponse From(CleanupCampaign c) => new(c.Id, c.Name, c.UnitId, c.Status, c.StartedOn, c.PublishedOn, c.Items);
}

public sealed record IncidentalReviewResponse(
    Guid Id, Guid CaseId, string DocumentNumber, Guid? DocumentId, IReadOnlyList<string> Clauses, string Grounds, DateOnly ReceivedOn,
    IncidentalReviewStatus Status, string? IssuerAnswer, IReadOnlyList<string> SuspendedClauses, string? TransferredTo, string? Reasoning)
{
    public static IncidentalReviewResponse From(IncidentalReview r) =>
        new(r.Id, r.CaseId, r.DocumentNumber, r.DocumentId, r.Clauses, r.Grounds, r.ReceivedOn, r.Status, r.IssuerAnswer, r.SuspendedClauses, r.TransferredTo, r.Reasoning);

    /// <summary>
    /// The review as <paramref name="view"/> shows it: the issuing unit's answer and the reasoning are
    /// process information until the review is decided or transferred (DOC-14).
    /// </summary>
    public static IncidentalReviewResponse From(IncidentalReview r, RecordView view) =>
        view == RecordView.Full || r.Status is IncidentalReviewStatus.Concluded or IncidentalReviewStatus.Transferred or IncidentalReviewStatus.DocumentNotFound
            ? From(r)
            : From(r) with { IssuerAnswer = null, Reasoning = null };
}

internal sealed class StartCleanupValidator : AbstractValidator<StartCleanupRequest>
{
    public StartCleanupValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.UnitId).MaximumLength(100);
    }
}

internal sealed class CleanupDecisionValidator : AbstractValidator<CleanupDecisionRequest>
{
    public CleanupDecisionValidator()
    {
        RuleFor(x => x.Result).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(2000);
    }
}

internal sealed class ConcludeIncidentalReviewValidator : AbstractValidator<ConcludeIncidentalReviewRequest>
{
    public ConcludeIncidentalReviewValidator()
    {
        RuleFor(x => x.UnlawfulClauses).NotNull().MaximumCount(500);
        RuleForEach(x => x.UnlawfulClauses).MaximumLength(2000);
        RuleFor(x => x.Reasoning).NotEmpty().MaximumLength(20_000);
    }
}

internal sealed class TransferIncidentalReviewValidator : AbstractValidator<TransferIncidentalReviewRequest>
{
    public TransferIncidentalReviewValidator()
    {
        RuleFor(x => x.Organ).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Reasoning).NotEmpty().MaximumLength(20_000);
    }
}

/// <summary>规范性文件清理 (DOC-8) and 附带审查 (DOC-14).</summary>
internal static class Remedies
{
    public static void MapRemedies(this RouteGroupBuilder documents)
    {
        var cleanup = documents.MapGroup("/cleanup-campaigns").WithTags("Cleanup");
        cleanup.MapPost("/", async (StartCleanupRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
        {
            var c = await commands.ContextAsync(ct);
            var today = c.Today;
            var inForce = db.Documents.Where(d => d.Status == DocumentStatus.Published && d.EffectiveFrom <= today && today <= d.ExpiresOn);
            if (request.UnitId is { Length: > 0 } unit)
            {
                inForce = inForce.Where(d => d.UnitId == unit);
            }

            var campaign = CleanupCampaign.Start(request.Name.Trim(), request.UnitId ?? "district", await inForce.OrderBy(d => d.Number).ToListAsync(ct), today, c.Now);
            db.CleanupCampaigns.Add(campaign);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{NormativeDocumentsService.Identity.RoutePrefix}/cleanup-campaigns/{campaign.Id}", CleanupResponse.From(campaign));
        })
        .Validate<StartCleanupRequest>()
        .WithRequestExample(Examples.Cleanup)
        .ForSupervisingBody()
        .WithName("StartCleanup")
        .WithSummary("Starts a cleanup campaign listing every document in force, of one unit or the district (DOC-8).");

        cleanup.MapGet("/{id:guid}", async Task<Results<Ok<CleanupResponse>, NotFound>> (Guid id, DocumentsDbContext db, HttpContext http, CancellationToken ct) =>
            await db.CleanupCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } campaign
                && (campaign.Status == CleanupStatus.Published || RecordViews.For(http.User, campaign.UnitId) == RecordView.Full)
                ? TypedResults.Ok(CleanupResponse.From(campaign))
                : TypedResults.NotFound())
        .WithName("GetCleanup")
        .WithSummary("A cleanup campaign and its results: public once published, until then only to the legal office, administrators and the unit's staff (DOC-8).");

        cleanup.MapPost("/{id:guid}/items/{documentId:guid}", async Task<Results<Ok<CleanupResponse>, NotFound>> (Guid id, Guid documentId, CleanupDecisionRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
        {
            var campaign = await db.CleanupCampaigns.SingleOrDefaultAsync(c => c.Id == id, ct);
            if (campaign is null)
            {
                return TypedResults.NotFound();
            }

            var c = await commands.ContextAsync(ct);
            campaign.Decide(documentId, request.Result, request.RepealOn, request.Reason?.Trim(), c.Today, c.Now);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(CleanupResponse.From(campaign));
        })
        .Validate<CleanupDecisionRequest>()
        .WithRequestExample(Examples.CleanupItem)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForSupervisingBody()
        .WithName("DecideCleanupItem")
        .WithSummary("Retain, amend or repeal one document of the campaign, with the reason and the repeal date (DOC-8).");

        cleanup.MapPost("/{id:guid}/publish", async Task<Results<Ok<CleanupResponse>, NotFound>> (Guid id, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
        {
            var campaign = await db.CleanupCampaigns.SingleOrDefaultAsync(c => c.Id == id, ct);
            if (campaign is null)
            {
                return TypedResults.NotFound();
            }

            var ids = campaign.Items.Select(i => i.DocumentId).ToList();
            var affected = await db.Documents.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
            var c = await commands.ContextAsync(ct);
            campaign.Publish(affected, c.Today, c.Now);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(CleanupResponse.From(campaign));
        })
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForSupervisingBody()
        .WithName("PublishCleanup")
        .WithSummary("Publishes the results once every document has one; repealed documents leave force on their day (DOC-8).");

        var incidental = documents.MapGroup("/incidental-reviews").WithTags("Incidental review");
        incidental.MapGet("/", async (Guid? caseId, DocumentsDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var reviews = db.IncidentalReviews.AsNoTracking();
            if (caseId is { } id)
            {
                reviews = reviews.Where(r => r.CaseId == id);
            }

            return TypedResults.Ok((await reviews.OrderByDescending(r => r.ReceivedOn).Take(100).ToListAsync(ct))
                .Select(r => IncidentalReviewResponse.From(r, RecordViews.For(http.User, r.UnitId, Roles.ReconsiderationOfficer))).ToList());
        })
        .WithName("ListIncidentalReviews")
        .WithSummary("Incidental reviews, optionally of one reconsideration case (DOC-14); the issuing unit's answer and the reasoning are public once decided.");

        incidental.MapPost("/{id:guid}/issuer-request", (Guid id, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            OnReviewAsync(id, db, commands, async (review, c) =>
            {
                review.AskIssuer(c.Now);
                db.Clocks.Add(StatutoryClock.Start(nameof(IncidentalReview), review.Id, review.UnitId, DocumentClocks.IssuerAnswer, DocumentRules.Doc14.Id, c.Today, 10, PeriodUnit.CalendarDays, c.Calendar, c.Now));
                await Task.CompletedTask;
            }, ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.LegalOffice, Roles.ReconsiderationOfficer)
        .WithName("AskIssuer")
        .WithSummary("Asks the issuing unit for its answer, due within 10 days (DOC-14).");

        incidental.MapPost("/{id:guid}/issuer-answer", (Guid id, TextRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            OnReviewAsync(id, db, commands, async (review, c) =>
            {
                review.RecordIssuerAnswer(request.Text.Trim(), c.Now);
                await db.StopClocksAsync(review.Id, c.Now, "issuing unit answered", DocumentClocks.IssuerAnswer);
            }, ct))
        .Validate<TextRequest>()
        .WithRequestExample(Examples.IssuerAnswer)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<IncidentalReview>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("RecordIssuerAnswer")
        .WithSummary("Records the issuing unit's answer (DOC-14).");

        incidental.MapPost("/{id:guid}/conclusion", (Guid id, ConcludeIncidentalReviewRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            OnReviewAsync(id, db, commands, async (review, c) =>
            {
                var document = await db.Documents.SingleAsync(d => d.Id == review.DocumentId, ct);
                review.Conclude(request.UnlawfulClauses, request.Reasoning.Trim(), document, c.Today, c.Now);
                await db.StopClocksAsync(review.Id, c.Now, "concluded");
            }, ct))
        .Validate<ConcludeIncidentalReviewRequest>()
        .WithRequestExample(Examples.Conclusion)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.LegalOffice, Roles.ReconsiderationOfficer)
        .WithName("ConcludeIncidentalReview")
        .WithSummary("Decides the review; each clause found unlawful is suspended and the case is told (DOC-14).");

        incidental.MapPost("/{id:guid}/transfer", (Guid id, TransferIncidentalReviewRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            OnReviewAsync(id, db, commands, async (review, c) =>
            {
                review.Transfer(request.Organ.Trim(), request.Reasoning.Trim(), c.Now);
                await db.StopClocksAsync(review.Id, c.Now, "transferred");
            }, ct))
        .Validate<TransferIncidentalReviewRequest>()
        .WithRequestExample(Examples.Transfer)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.LegalOffice, Roles.ReconsiderationOfficer)
        .WithName("TransferIncidentalReview")
        .WithSummary("Transfers the review to the competent organ (DOC-14: within 7 days).");
    }

    private static async Task<Results<Ok<IncidentalReviewResponse>, NotFound>> OnReviewAsync(
        Guid id, DocumentsDbContext db, DocumentCommands commands, Func<IncidentalReview, CommandContext, Task> command, CancellationToken ct)
    {
        var review = await db.IncidentalReviews.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (review is null)
        {
            return TypedResults.NotFound();
        }

        await command(review, await commands.ContextAsync(ct));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(IncidentalReviewResponse.From(review));
    }
}
