using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.FairCompetition;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.Procedures;

/// <summary>
/// The endpoints of the shared procedure steps, mapped on a service's route group for one kind of
/// record; <c>TResponse</c> is how the service shows that record.
/// </summary>
public static class ProcedureEndpoints
{
    /// <summary>Comments (submit, list), their dispositions, and closing a period that has run.</summary>
    /// <param name="unitRoles">Who, in the record's unit, disposes of comments and closes the period.</param>
    public static void MapConsultationSteps<TRecord, TResponse>(
        this RouteGroupBuilder group, string operationPrefix, string ruleId, SubmitCommentRequest example, DisposeCommentRequest disposeExample, string[] unitRoles)
        where TRecord : AggregateRoot, IConsultedRecord
    {
        group.MapPost("/{id:guid}/comments", async Task<Results<Created<CommentResponse>, NotFound>> (Guid id, SubmitCommentRequest request, ServiceDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            var record = await db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, ct);
            if (record is null)
            {
                return TypedResults.NotFound();
            }

            var now = time.GetUtcNow();
            // A signed-in commenter signs with the name in their token, not one the client sends.
            var author = CallerClaims.NameOf(http.User) ?? request.Author;
            var accepted = record.Comment(author, request.Content, StatutoryTime.DateOf(now), now);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{http.Request.PathBase}{http.Request.Path}/{accepted.Id}", CommentResponse.From(accepted));
        })
        .Validate<SubmitCommentRequest>()
        .WithRequestExample(example)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForAnyone()
        .WithName($"Submit{operationPrefix}Comment")
        .WithSummary($"Anyone comments, signed or anonymous, while the period is open; after it closes the comment is refused ({ruleId}).");

        group.MapGet("/{id:guid}/comments", async Task<Results<Ok<List<CommentResponse>>, NotFound>> (Guid id, ServiceDbContext db, HttpContext http, CancellationToken ct) =>
        {
            if (await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is not { } record)
            {
                return TypedResults.NotFound();
            }

            // Dispositions are the unit's working notes until it publishes them.
            Func<PublicComment, CommentResponse> show = record.DispositionsPublic || RecordViews.For(http.User, record.UnitId) == RecordView.Full
                ? CommentResponse.From
                : CommentResponse.WithoutDisposition;
            return TypedResults.Ok((record.Consultation?.Comments ?? []).OrderBy(c => c.SubmittedAt).Select(show).ToList());
        })
        .WithName($"List{operationPrefix}Comments")
        .WithSummary($"The comments with their dispositions, shown to the public once published ({ruleId}).");

        group.MapPost("/{id:guid}/comments/{commentId:guid}/disposition", (Guid id, Guid commentId, DisposeCommentRequest request, IProcedureRecords<TRecord> records, CancellationToken ct) =>
            records.RunAsync(id, (r, t) =>
            {
                r.DisposeComment(commentId, request.Disposition, request.Reason, t.Now);
                return Task.CompletedTask;
            }, ct))
        .Validate<DisposeCommentRequest>()
        .WithRequestExample(disposeExample)
        .ForOwnUnit<TRecord>(unitRoles)
        .Step<TResponse>($"Dispose{operationPrefix}Comment", $"Records whether a comment was adopted, partly adopted or not, with the reason ({ruleId}).");

        group.MapPost("/{id:guid}/close-comment", (Guid id, IProcedureRecords<TRecord> records, CancellationToken ct) =>
            records.RunAsync(id, (r, t) =>
            {
                r.CloseComment(t.Today, t.Now);
                return Task.CompletedTask;
            }, ct))
        .ForOwnUnit<TRecord>(unitRoles)
        .Step<TResponse>($"Close{operationPrefix}Comment", "Closes a comment period that has run (it also closes by itself the day after).");
    }

    /// <summary>The fair-competition review of a draft affecting market activity.</summary>
    public static void MapFairCompetitionReview<TRecord, TResponse>(this RouteGroupBuilder group, string operationName, string summary, string[] unitRoles)
        where TRecord : AggregateRoot, IFairCompetitionReviewed =>
        group.MapPost("/{id:guid}/fair-competition-review", (Guid id, FairCompetitionReviewRequest request, IProcedureRecords<TRecord> records, CancellationToken ct) =>
            records.RunAsync(id, (r, t) =>
            {
                r.RecordFairCompetitionReview(request.Conclusion.Trim(), t.Now);
                return Task.CompletedTask;
            }, ct))
        .Validate<FairCompetitionReviewRequest>()
        .WithRequestExample(new FairCompetitionReviewRequest("经公平竞争审查，未发现排除、限制竞争的内容。"))
        .ForOwnUnit<TRecord>(unitRoles)
        .Step<TResponse>(operationName, summary);

    /// <summary>
    /// Sends the draft to the legal office; the record checks what must come first, and the review
    /// clock of <paramref name="clockKind"/> starts with the working days the service's settings give.
    /// </summary>
    public static void MapLegalityReviewSubmission<TRecord, TResponse>(
        this RouteGroupBuilder group, string operationName, string clockKind, string ruleId, Func<IServiceProvider, int> workingDays, string summary, string[] unitRoles)
        where TRecord : AggregateRoot, ILegalityReviewSubmission =>
        group.MapPost("/{id:guid}/legality-review/submission", (Guid id, IProcedureRecords<TRecord> records, ServiceDbContext db, HttpContext http, CancellationToken ct) =>
            records.RunAsync(id, (r, t) =>
            {
                var days = workingDays(http.RequestServices);
                r.SubmitForLegalityReview(t.Today, days, t.Calendar, t.Now);
                db.Clocks.Add(StatutoryClock.Start(typeof(TRecord).Name, r.Id, r.UnitId, clockKind, ruleId, t.Today, days, PeriodUnit.WorkingDays, t.Calendar, t.Now));
                return Task.CompletedTask;
            }, ct))
        .ForOwnUnit<TRecord>(unitRoles)
        .Step<TResponse>(operationName, summary);

    /// <summary>
    /// The legal office's conclusion (the legal office reviews every unit's drafts), signed by the caller;
    /// the record's review clock of <paramref name="clockKind"/> stops.
    /// </summary>
    public static void MapLegalityReviewConclusion<TRecord, TChecklist, TResponse>(
        this RouteGroupBuilder group, string operationName, string clockKind, LegalityReviewRequest<TChecklist> example, string summary)
        where TRecord : AggregateRoot, ILegallyReviewedRecord<TChecklist>
        where TChecklist : ILegalityChecklist =>
        group.MapPost("/{id:guid}/legality-review", (Guid id, LegalityReviewRequest<TChecklist> request, IProcedureRecords<TRecord> records, ServiceDbContext db, HttpContext http, CancellationToken ct) =>
            records.RunAsync(id, async (r, t) =>
            {
                r.ConcludeLegalityReview(request.Checklist, request.Conclusion, request.Opinion, CallerClaims.ActorOf(http.User), t.Now);
                await db.StopClocksAsync(r.Id, t.Now, "review concluded", clockKind);
            }, ct))
        .Validate<LegalityReviewRequest<TChecklist>>()
        .WithRequestExample(example)
        .ForServingLegalOffice<TRecord>()
        .Step<TResponse>(operationName, summary);

    /// <summary>The collective meeting's decision with its minutes, checked under <paramref name="rule"/>.</summary>
    public static void MapCollectiveMeeting<TRecord, TResponse>(
        this RouteGroupBuilder group, string route, string operationName, Rule rule, bool structuredMinutesRequired, CollectiveMeetingRequest example, string summary, string[] roles)
        where TRecord : AggregateRoot, ICollectivelyDecidedRecord =>
        group.MapPost($"/{{id:guid}}/{route}", (Guid id, CollectiveMeetingRequest request, IProcedureRecords<TRecord> records, CancellationToken ct) =>
            records.RunAsync(id, (r, t) =>
            {
                r.Decide(
                    CollectiveMeeting.Record(
                        request.MeetingDate, request.MeetingType, request.Outcome, request.Minutes, request.ToPositions(), request.HeadReason,
                        request.LegalOfficeHeadAttended, structuredMinutesRequired, rule),
                    t.Now);
                return Task.CompletedTask;
            }, ct))
        .Validate<CollectiveMeetingRequest>()
        .WithRequestExample(example)
        .ForOwnUnit<TRecord>(roles)
        .Step<TResponse>(operationName, summary);

    /// <summary>What every step answers: the record (200), 404, 409 with the rule, 412 on a stale If-Match.</summary>
    private static RouteHandlerBuilder Step<TResponse>(this RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint
            .Produces<TResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName(name)
            .WithSummary(summary);
}
