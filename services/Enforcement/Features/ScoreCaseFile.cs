namespace RuleOfLaw.Enforcement.Features;

/// <summary>The legal office's score (0–100) of one sampled file, with its findings.</summary>
public sealed record ScoreCaseFileRequest(Guid CaseId, int Score, string Findings);

internal sealed class ScoreCaseFileValidator : AbstractValidator<ScoreCaseFileRequest>
{
    public ScoreCaseFileValidator()
    {
        RuleFor(x => x.CaseId).NotEmpty();
        RuleFor(x => x.Score).InclusiveBetween(0, 100);
        RuleFor(x => x.Findings).NotEmpty().MaximumLength(2000);
    }
}

internal static class ScoreCaseFile
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/case-file-reviews/{id:guid}/scores", (Guid id, ScoreCaseFileRequest request, EnforcementDbContext db, RecordCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(db.Reviews, id, (r, time) => r.Score(request.CaseId, request.Score, request.Findings.Trim(), time.Now), (r, _) => ReviewResponse.From(r), ct))
        .Validate<ScoreCaseFileRequest>()
        .WithRequestExample(Examples.Score)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.LegalOffice)
        .WithName("ScoreCaseFile")
        .WithSummary("Scores one sampled case file (ENF-9).");
}
