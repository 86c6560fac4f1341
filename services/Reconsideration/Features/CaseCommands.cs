using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.Reconsideration.Domain;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// Runs a step of a case through the shared command shape (404, If-Match/ETag, one transaction): the
/// case gets its clocks before the step, and the clocks it started are saved with it.
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

    /// <summary>Hands the case its clocks (tracked, so changes to them save with the step).</summary>
    public static async Task AttachClocksAsync(ReconsiderationDbContext db, ReconsiderationCase @case, CancellationToken cancellationToken) =>
        @case.Attach(await db.Clocks.Where(c => c.RecordId == @case.Id).ToListAsync(cancellationToken));

    /// <summary>Adds the clocks the step started, in its transaction.</summary>
    public static void SaveClocks(ReconsiderationDbContext db, ReconsiderationCase @case) => db.Clocks.AddRange(@case.StartedClocks);

    private Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> RunOnAsync(
        IQueryable<ReconsiderationCase> cases, Guid id, Action<ReconsiderationCase, CommandTime> step, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(
            cases,
            id,
            async (c, time) =>
            {
                await AttachClocksAsync(db, c, cancellationToken);
                step(c, time);
                SaveClocks(db, c);
            },
            (c, _) => CaseResponse.From(c),
            cancellationToken);
}
