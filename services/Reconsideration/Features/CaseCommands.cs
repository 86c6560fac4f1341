using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// Runs a step of a record of this service (a reconsideration case, a court case, a petition …) through the
/// shared command shape (404, If-Match/ETag, one transaction): the record gets its clocks before the step;
/// the clocks it started are saved with it.
/// </summary>
public sealed class CaseCommands(RecordCommands commands, ReconsiderationDbContext db, IHttpContextAccessor http)
{
    /// <summary>A step of the reconsideration office's staff.</summary>
    public Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Action<ReconsiderationCase, CommandTime> step, CancellationToken cancellationToken) =>
        RunOnAsync(db.Cases, id, step, cancellationToken);

    /// <summary>A step of the applicant on their own case; anyone else's case answers 404.</summary>
    public Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> RunAsApplicantAsync(Guid id, Action<ReconsiderationCase, CommandTime> step, CancellationToken cancellationToken)
    {
        var subject = http.HttpContext?.User.FindFirst(ClaimNames.Subject)?.Value ?? "";
        return RunOnAsync(db.Cases.Where(c => c.ApplicantAccount == subject), id, step, cancellationToken);
    }

    public Task<CommandTime> TimeAsync(CancellationToken cancellationToken) => commands.TimeAsync(cancellationToken);

    /// <summary>A step on any clocked record of the service, answered as <typeparamref name="TResponse"/>.</summary>
    public Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> RunOnAsync<TRecord, TResponse>(
        IQueryable<TRecord> records, Guid id, Action<TRecord, CommandTime> step, Func<TRecord, TResponse> respond, CancellationToken cancellationToken)
        where TRecord : AggregateRoot, IClockedRecord =>
        commands.ExecuteAsync(
            records,
            id,
            async (r, time) =>
            {
                await AttachClocksAsync(db, r, cancellationToken);
                step(r, time);
            },
            (r, _) => respond(r),
            cancellationToken);

    /// <summary>Adds a new record with the clocks it started, in one transaction; 201 at <c>{prefix}/{collection}/{id}</c>.</summary>
    public Task<Created<TResponse>> CreateAsync<TRecord, TResponse>(TRecord record, string collection, Func<TRecord, TResponse> show, CancellationToken cancellationToken)
        where TRecord : AggregateRoot, IClockedRecord =>
        db.SaveCreatedAsync(record, $"{ReconsiderationService.Names.RoutePrefix}/{collection}/{record.Id}", show, cancellationToken);

    /// <summary>Hands the record its clocks (tracked, so changes to them save with the step).</summary>
    public static async Task AttachClocksAsync(ReconsiderationDbContext db, IClockedRecord record, CancellationToken cancellationToken) =>
        record.Attach(await db.Clocks.Where(c => c.RecordId == record.Id).ToListAsync(cancellationToken));

    /// <summary>
    /// A record to change outside a request (an event that names it, a clock that ran out), tracked and with its clocks
    /// attached; null when the service does not hold it.
    /// </summary>
    public static async Task<TRecord?> FindWithClocksAsync<TRecord>(ReconsiderationDbContext db, Guid id, CancellationToken cancellationToken)
        where TRecord : class, IClockedRecord
    {
        var record = await db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is not null)
        {
            await AttachClocksAsync(db, record, cancellationToken);
        }

        return record;
    }

    private Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> RunOnAsync(
        IQueryable<ReconsiderationCase> cases, Guid id, Action<ReconsiderationCase, CommandTime> step, CancellationToken cancellationToken) =>
        RunOnAsync(cases, id, step, CaseResponse.From, cancellationToken);
}
