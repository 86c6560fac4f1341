using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures;

namespace RuleOfLaw.Decisions.Features;

/// <summary>What a command on a decision works with: the time, the calendar, the district settings and the database (for clocks).</summary>
public sealed record DecisionContext(DecisionsDbContext Db, CommandTime Time, DecisionSettings Settings)
{
    public DateTimeOffset Now => Time.Now;

    public DateOnly Today => Time.Today;

    public WorkingCalendar Calendar => Time.Calendar;
}

/// <summary>
/// Runs a step of a decision's procedure through the shared command shape (404, If-Match, one
/// transaction) and answers the decision as the caller may see it.
/// </summary>
public sealed class DecisionCommands(RecordCommands commands, DecisionsDbContext db, IOptions<DecisionSettings> settings, IHttpContextAccessor http) : IProcedureRecords<MajorDecision>
{
    public async Task<IResult> RunAsync(Guid id, Func<MajorDecision, CommandTime, Task> step, CancellationToken cancellationToken) =>
        await commands.ExecuteAsync(db.Decisions, id, step, Show, cancellationToken);

    public Task<Results<Ok<DecisionResponse>, NotFound, ProblemHttpResult>> ExecuteAsync(Guid id, Func<MajorDecision, DecisionContext, Task> command, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Decisions, id, (d, time) => command(d, new DecisionContext(db, time, settings.Value)), Show, cancellationToken);

    public Task<Results<Ok<DecisionResponse>, NotFound, ProblemHttpResult>> ExecuteAsync(Guid id, Action<MajorDecision, DecisionContext> command, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Decisions, id, (d, time) => command(d, new DecisionContext(db, time, settings.Value)), Show, cancellationToken);

    private DecisionResponse Show(MajorDecision decision, CommandTime time) =>
        DecisionResponse.From(decision, RecordViews.Of(http.HttpContext, decision), time.Today);
}
