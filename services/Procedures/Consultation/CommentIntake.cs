using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Procedures.Consultation;

/// <summary>
/// Takes a public comment on a draft decision or document: an insert beside the record
/// (<see cref="RecordCommands.AddAsync{TRecord, TPart}"/>), checked by the record's own rule (DEC-2, DOC-2).
/// </summary>
public static class CommentIntake
{
    public static Task<Results<Created<CommentResponse>, NotFound>> SubmitCommentAsync<TRecord>(
        this RecordCommands commands, IQueryable<TRecord> records, Guid id, SubmitCommentRequest request, HttpContext http, CancellationToken cancellationToken)
        where TRecord : AggregateRoot, IConsultedRecord =>
        commands.AddAsync(
            records,
            id,
            // A signed-in commenter signs with the name in their token, not one the client sends.
            (record, time) => Task.FromResult(CommentResponse.From(record.Comment(CallerClaims.NameOf(http.User) ?? request.Author, request.Content, time.Today, time.Now))),
            comment => $"{http.Request.PathBase}{http.Request.Path}/{comment.Id}",
            cancellationToken);
}
