using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Decisions.Features;

public sealed record PublishDecisionRequest(string Explanation);

/// <summary>The head suspends; who they are comes from their token, not the body (DEC-10).</summary>
public sealed record SuspendDecisionRequest(string Reason);

/// <summary>
/// An evaluation by <c>Evaluator</c> of <c>EvaluatorUnitId</c> (a third party, not the caller). A
/// <c>Suspend</c> result is the head's decision: only <c>unit-head</c> records it, signed by their token.
/// </summary>
public sealed record EvaluationRequest(
    EvaluationTrigger Trigger,
    string EvaluatorUnitId,
    string Evaluator,
    string Findings,
    EvaluationResult Result,
    bool MajorAdjustment = false,
    bool MajorLoss = false,
    string? Reason = null);

/// <summary>The archived record: the decision and every comment with its disposition.</summary>
public sealed record ArchivedDecision(DecisionResponse Decision, IReadOnlyList<CommentResponse> Comments)
{
    /// <summary>The archive row of a decision just published (DEC-9), in the same transaction as the publication: the full record.</summary>
    public static DecisionArchive Archive(MajorDecision decision, DateTimeOffset now, JsonSerializerOptions json)
    {
        var record = new ArchivedDecision(DecisionResponse.From(decision, RecordView.Full, StatutoryTime.DateOf(now)), [.. decision.Consultation?.Comments.Select(CommentResponse.From) ?? []]);
        return new DecisionArchive { DecisionId = decision.Id, UnitId = decision.UnitId, ArchivedAt = now, Content = JsonSerializer.Serialize(record, json) };
    }

    /// <summary>The archived record as <paramref name="view"/> shows it: the decision shaped as it is everywhere else.</summary>
    public static JsonElement Show(DecisionArchive archive, RecordView view, JsonSerializerOptions json)
    {
        if (view == RecordView.Full)
        {
            return JsonDocument.Parse(archive.Content).RootElement.Clone();
        }

        var record = JsonSerializer.Deserialize<ArchivedDecision>(archive.Content, json)!;
        var publishedOn = record.Decision.PublishedOn ?? StatutoryTime.DateOf(archive.ArchivedAt);
        return JsonSerializer.SerializeToElement(record with { Decision = record.Decision.As(view, publishedOn) }, json);
    }
}

public sealed record ArchiveResponse(Guid DecisionId, DateTimeOffset ArchivedAt, JsonElement Record);

internal sealed class PublishDecisionValidator : AbstractValidator<PublishDecisionRequest>
{
    public PublishDecisionValidator() => RuleFor(x => x.Explanation).NotEmpty().MaximumLength(50_000);
}

internal sealed class SuspendDecisionValidator : AbstractValidator<SuspendDecisionRequest>
{
    public SuspendDecisionValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(5000);
    }
}

internal sealed class EvaluationValidator : AbstractValidator<EvaluationRequest>
{
    public EvaluationValidator()
    {
        RuleFor(x => x.Trigger).IsInEnum();
        RuleFor(x => x.EvaluatorUnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Evaluator).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Findings).NotEmpty().MaximumLength(50_000);
        RuleFor(x => x.Result).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(5000);
    }
}

/// <summary>公布与归档 (DEC-9), 决策后评估 and 中止执行 (DEC-10).</summary>
internal static class Execution
{
    public static void MapExecution(this RouteGroupBuilder decisions)
    {
        decisions.MapPost("/{id:guid}/publication", (Guid id, PublishDecisionRequest request, DecisionCommands commands, IOptions<JsonOptions> json, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) =>
            {
                d.Publish(request.Explanation, c.Today, c.Now);
                c.Db.Archives.Add(ArchivedDecision.Archive(d, c.Now, json.Value.SerializerOptions));
            }, ct))
        .Validate<PublishDecisionRequest>()
        .WithRequestExample(Examples.Publish)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PublishDecision")
        .WithSummary("Publishes an adopted decision with the explanation of which opinions were adopted, and archives its full record (DEC-9).");

        decisions.MapGet("/{id:guid}/archive", async Task<Results<Ok<ArchiveResponse>, NotFound>> (Guid id, DecisionsDbContext db, HttpContext http, IOptions<JsonOptions> json, CancellationToken ct) =>
            await db.Archives.AsNoTracking().SingleOrDefaultAsync(a => a.DecisionId == id, ct) is { } archive
                ? TypedResults.Ok(new ArchiveResponse(
                    archive.DecisionId, archive.ArchivedAt, ArchivedDecision.Show(archive, RecordViews.For(http.User, archive.UnitId), json.Value.SerializerOptions)))
                : TypedResults.NotFound())
        .WithName("GetDecisionArchive")
        .WithSummary("The archived record of a published decision, as it stood when published (DEC-9); the full record to the unit's staff, the legal office and administrators.");

        decisions.MapPost("/{id:guid}/evaluations", (Guid id, EvaluationRequest request, DecisionCommands commands, HttpContext http, CancellationToken ct) =>
            commands.ExecuteAsync(id, async (d, c) =>
            {
                // Suspension is the head's decision (DEC-10): only the head records it, as themselves.
                if (request.Result == EvaluationResult.Suspend)
                {
                    CallerClaims.RequireRole(http.User, Roles.UnitHead, "Only the unit head suspends a decision (DEC-10).");
                }

                var evaluation = d.Evaluate(
                    request.Trigger, request.EvaluatorUnitId.Trim(), request.Evaluator.Trim(), request.Findings.Trim(), request.Result,
                    request.MajorAdjustment, request.MajorLoss, CallerClaims.ActorOf(http.User), request.Reason, c.Today, c.Now);
                if (evaluation.MajorAdjustment)
                {
                    var catalogue = await c.Db.Catalogues.SingleAsync(x => x.Id == d.CatalogueId);
                    c.Db.Decisions.Add(d.StartAdjustment(evaluation, catalogue, c.Now));
                }

                d.AnnounceEvaluation(evaluation, c.Now);
            }, ct))
        .Validate<EvaluationRequest>()
        .WithRequestExample(Examples.Evaluation)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("EvaluateDecision")
        .WithSummary("Records an evaluation by a unit that did not do the main pre-decision assessment: continue, adjust (a major adjustment starts a linked procedure), suspend (the unit head only) or stop (DEC-10).");

        decisions.MapPost("/{id:guid}/suspension", (Guid id, SuspendDecisionRequest request, DecisionCommands commands, HttpContext http, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.Suspend(CallerClaims.ActorOf(http.User), request.Reason, c.Now), ct))
        .Validate<SuspendDecisionRequest>()
        .WithRequestExample(Examples.Suspend)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitHead)
        .WithName("SuspendDecision")
        .WithSummary("The head suspends execution, with the reason, which is shown publicly (DEC-10).");
    }
}
