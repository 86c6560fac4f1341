using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>One piece of evidence or record of a step: the file's metadata and its SHA-256 (the file itself is kept in the unit's document store).</summary>
public sealed record RecordEvidenceRequest(string FileName, string MediaType, long SizeBytes, string Sha256, DateOnly CollectedOn, Guid CollectedBy, string Description);

internal sealed partial class RecordEvidenceValidator : AbstractValidator<RecordEvidenceRequest>
{
    public RecordEvidenceValidator(TimeProvider time)
    {
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(260);
        RuleFor(x => x.MediaType).NotEmpty().MaximumLength(100);
        RuleFor(x => x.SizeBytes).GreaterThan(0);
        RuleFor(x => x.Sha256).NotEmpty().MaximumLength(64).Matches(Sha256Hex()).WithMessage(_ => ProblemLanguage.Text("应为 64 位十六进制数字。", "64 hexadecimal digits."));
        RuleFor(x => x.CollectedOn).NotInTheFuture(time);
        RuleFor(x => x.CollectedBy).NotEmpty();
        RuleFor(x => x.Description).NotEmpty().MaximumLength(1000);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial System.Text.RegularExpressions.Regex Sha256Hex();
}

internal static class RecordEvidence
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/evidence", (Guid id, RecordEvidenceRequest request, EnforcementDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, async (c, time) =>
            {
                // An officer id that names no registered officer answers 404; one not handling the case is refused (ENF-2).
                await CaseOfficers.LoadAsync(db, request.CollectedBy, ct);
                c.RecordEvidence(
                    new EvidenceItem
                    {
                        FileName = request.FileName.Trim(), MediaType = request.MediaType.Trim(), SizeBytes = request.SizeBytes, Sha256 = request.Sha256,
                        CollectedOn = request.CollectedOn, CollectedBy = request.CollectedBy, Description = request.Description.Trim(),
                    },
                    time);
            }, ct))
        .AsCaseStep(Examples.Evidence, CaseRoles.Handlers)
        .WithName("RecordEvidence")
        .WithSummary("全过程记录: records evidence of the case's current step with its file's metadata and SHA-256; the first starts the investigation (ENF-4).");
}
