using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.BuildingBlocks.Validation;

namespace RuleOfLaw.Procedures.Consultation;

/// <summary>The public side of a consultation, the same for every record that has one: submitting a comment and reading them with their dispositions.</summary>
public static class CommentEndpoints
{
    /// <param name="group">The record's route group (<c>/api/decisions</c>).</param>
    /// <param name="consultation">The record's consultation, if it has one.</param>
    /// <param name="comment">The record's domain method that accepts a comment, checking its own rule.</param>
    public static void MapCommentEndpoints<TRecord>(
        this RouteGroupBuilder group,
        string operationPrefix,
        Func<TRecord, PublicConsultation?> consultation,
        Func<TRecord, SubmitCommentRequest, DateOnly, DateTimeOffset, PublicComment> comment,
        SubmitCommentRequest example,
        string ruleId)
        where TRecord : AggregateRoot
    {
        group.MapPost("/{id:guid}/comments", async Task<Results<Created<CommentResponse>, NotFound>> (Guid id, SubmitCommentRequest request, ServiceDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            var record = await db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, ct);
            if (record is null)
            {
                return TypedResults.NotFound();
            }

            var now = time.GetUtcNow();
            var accepted = comment(record, request, StatutoryTime.DateOf(now), now);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{http.Request.PathBase}{http.Request.Path}/{accepted.Id}", CommentResponse.From(accepted));
        })
        .Validate<SubmitCommentRequest>()
        .WithRequestExample(example)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithIdempotency()
        .WithName($"Submit{operationPrefix}Comment")
        .WithSummary($"Anyone comments, signed or anonymous, while the period is open; after it closes the comment is refused ({ruleId}).");

        group.MapGet("/{id:guid}/comments", async Task<Results<Ok<List<CommentResponse>>, NotFound>> (Guid id, ServiceDbContext db, CancellationToken ct) =>
            await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } record
                ? TypedResults.Ok((consultation(record)?.Comments ?? []).OrderBy(c => c.SubmittedAt).Select(CommentResponse.From).ToList())
                : TypedResults.NotFound())
        .WithName($"List{operationPrefix}Comments")
        .WithSummary($"The comments with their published dispositions ({ruleId}).");
    }
}
