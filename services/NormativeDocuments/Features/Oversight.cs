using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record FilingReviewRequest(FilingReviewChecklist Checklist, ReviewOutcome Outcome, string Opinion);

public sealed record SubmitObjectionRequest(string? Objector, string Content);

public sealed record AnswerObjectionRequest(bool Upheld, string Answer);

public sealed record ObjectionResponse(Guid Id, Guid DocumentId, string? Objector, string Content, ObjectionStatus Status, DateOnly SubmittedOn, DateOnly AnswerDueOn, string? Answer, DateOnly? AnsweredOn)
{
    public static ObjectionResponse From(Objection o) => new(o.Id, o.DocumentId, o.Objector, o.Content, o.Status, o.SubmittedOn, o.AnswerDueOn, o.Answer, o.AnsweredOn);
}

/// <summary>DOC-11: a document that passed filing review, for the periodically published list.</summary>
public sealed record PassedReviewItem(Guid Id, string Number, string Title, string UnitId, DateOnly ConcludedOn);

public sealed record PassedReviewQuery(DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 20) : IPagedQuery;

internal sealed class FilingReviewValidator : AbstractValidator<FilingReviewRequest>
{
    public FilingReviewValidator()
    {
        RuleFor(x => x.Checklist).NotNull();
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Opinion).NotEmpty().MaximumLength(20_000);
    }
}

internal sealed class SubmitObjectionValidator : AbstractValidator<SubmitObjectionRequest>
{
    public SubmitObjectionValidator()
    {
        RuleFor(x => x.Objector).MaximumLength(100);
        RuleFor(x => x.Content).NotEmpty().MaximumLength(10_000);
    }
}

internal sealed class AnswerObjectionValidator : AbstractValidator<AnswerObjectionRequest>
{
    public AnswerObjectionValidator() => RuleFor(x => x.Answer).NotEmpty().MaximumLength(20_000);
}

internal sealed class PassedReviewQueryValidator : AbstractValidator<PassedReviewQuery>
{
    public PassedReviewQueryValidator()
    {
        Include(new PagingRules());
    }
}

/// <summary>备案审查 (DOC-10), the list of passed documents (DOC-11) and objections (DOC-13).</summary>
internal static class Oversight
{
    public static void MapOversight(this RouteGroupBuilder documents)
    {
        documents.MapPost("/{id:guid}/filing-review", (Guid id, FilingReviewRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.ConcludeReview(request.Checklist, request.Outcome, request.Opinion.Trim(), c.Today, c.Now), ct))
        .Validate<FilingReviewRequest>()
        .WithRequestExample(Examples.FilingReview)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Filing review")
        .ForSupervisingBody()
        .WithName("ConcludeFilingReview")
        .WithSummary("The supervising body concludes its review: passed, correction required, or revocation requested (DOC-10).");

        documents.MapPost("/{id:guid}/revoke", (Guid id, TextRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.Revoke(request.Text.Trim(), c.Today, c.Now), ct))
        .Validate<TextRequest>()
        .WithRequestExample(Examples.Revoke)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Filing review")
        .ForSupervisingBody()
        .WithName("RevokeDocument")
        .WithSummary("Revokes a document whose review requested it: it leaves force and the revocation is published (DOC-10).");

        documents.MapGet("/filing-reviews/passed", async ([AsParameters] PassedReviewQuery query, DocumentsDbContext db, CancellationToken ct) =>
        {
            var passed = db.Documents.AsNoTracking().Where(d => d.FilingReview!.Outcome == ReviewOutcome.Passed);
            if (query.From is { } from)
            {
                passed = passed.Where(d => d.FilingReview!.ConcludedOn >= from);
            }

            if (query.To is { } to)
            {
                passed = passed.Where(d => d.FilingReview!.ConcludedOn <= to);
            }

            return TypedResults.Ok(await new PageRequest(query.Page, query.PageSize).ApplyAsync(
                passed.OrderBy(d => d.FilingReview!.ConcludedOn).ThenBy(d => d.Number)
                    .Select(d => new PassedReviewItem(d.Id, d.Number!, d.Title, d.UnitId, d.FilingReview!.ConcludedOn!.Value)),
                ct));
        })
        .Validate<PassedReviewQuery>()
        .WithTags("Filing review")
        .WithName("ListPassedReviews")
        .WithSummary("The documents that passed filing review in a period, as the supervising body publishes them (DOC-11).");

        documents.MapPost("/{id:guid}/objections", async Task<Results<Created<ObjectionResponse>, NotFound>> (Guid id, SubmitObjectionRequest request, DocumentsDbContext db, DocumentCommands commands, HttpContext http, CancellationToken ct) =>
        {
            var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, ct);
            if (document is null)
            {
                return TypedResults.NotFound();
            }

            var c = await commands.ContextAsync(ct);
            var dueOn = c.Calendar.EndOfPeriod(c.Today, c.Settings.ObjectionAnswerDays, PeriodUnit.CalendarDays);
            // A signed-in objector signs with the name in their token, not one the client sends.
            var objector = CallerClaims.NameOf(http.User) ?? request.Objector?.Trim();
            var objection = Objection.Submit(document, objector, request.Content.Trim(), c.Today, dueOn, c.Now);
            db.Objections.Add(objection);
            db.Clocks.Add(StatutoryClock.Start(
                nameof(Objection), objection.Id, document.UnitId, DocumentClocks.ObjectionAnswer, DocumentRules.Doc13.Id,
                c.Today, c.Settings.ObjectionAnswerDays, PeriodUnit.CalendarDays, c.Calendar, c.Now));
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{NormativeDocumentsService.Identity.RoutePrefix}/objections/{objection.Id}", ObjectionResponse.From(objection));
        })
        .Validate<SubmitObjectionRequest>()
        .WithRequestExample(Examples.Objection)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Objections")
        .ForAnyone()
        .WithName("SubmitObjection")
        .WithSummary("Anyone objects to a published document; the unit answers within 30 days (DOC-13).");

        documents.MapGet("/{id:guid}/objections", async (Guid id, DocumentsDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Objections.AsNoTracking().Where(o => o.DocumentId == id).OrderBy(o => o.SubmittedOn).ToListAsync(ct)).Select(ObjectionResponse.From).ToList()))
        .WithTags("Objections")
        .WithName("ListObjections")
        .WithSummary("The objections to a document with their published answers.");

        documents.MapPost("/objections/{objectionId:guid}/answer", async Task<Results<Ok<ObjectionResponse>, NotFound>> (Guid objectionId, AnswerObjectionRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
        {
            var objection = await db.Objections.SingleOrDefaultAsync(o => o.Id == objectionId, ct);
            if (objection is null)
            {
                return TypedResults.NotFound();
            }

            var document = await db.Documents.SingleAsync(d => d.Id == objection.DocumentId, ct);
            var c = await commands.ContextAsync(ct);
            objection.AnswerWith(request.Upheld, request.Answer.Trim(), document, c.Today, c.Now);
            await db.StopClocksAsync(objectionId, c.Now, "answered");

            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(ObjectionResponse.From(objection));
        })
        .Validate<AnswerObjectionRequest>()
        .WithRequestExample(Examples.Answer)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Objections")
        .ForOwnUnitAt<Objection>("objectionId", Roles.UnitStaff, Roles.UnitHead)
        .WithName("AnswerObjection")
        .WithSummary("Publishes the answer to an objection; an upheld objection opens a review of the document (DOC-13).");
    }
}
