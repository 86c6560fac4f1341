namespace RuleOfLaw.Reconsideration.Features;

/// <summary>判决: the day, the outcome and a summary of the judgment.</summary>
public sealed record RecordJudgmentRequest(DateOnly JudgedOn, Judgment Judgment, string Summary);

internal sealed class RecordJudgmentValidator : AbstractValidator<RecordJudgmentRequest>
{
    public RecordJudgmentValidator(TimeProvider time)
    {
        RuleFor(x => x.JudgedOn).NotInTheFuture(time);
        RuleFor(x => x.Judgment).IsInEnum();
        RuleFor(x => x.Summary).NotEmpty().MaximumLength(4000);
    }
}

internal static class RecordJudgment
{
    public static void Map(RouteGroupBuilder courtCases) =>
        courtCases.MapPost("/{id:guid}/judgment", (Guid id, RecordJudgmentRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.CourtCases, id, (c, time) => c.RecordJudgment(request.Judgment, request.JudgedOn, request.Summary.Trim(), time), CourtCaseResponse.From, ct))
        .Validate<RecordJudgmentRequest>()
        .WithRequestExample(Examples.Judgment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("RecordCourtJudgment")
        .WithSummary("判决 (REC-10): the judgment, no earlier than the last hearing; a lost case (revoked, ordered to act, confirmed unlawful) is flagged and reported; publishes CourtCaseJudged.");
}
