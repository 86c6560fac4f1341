namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record CleanupDecisionRequest(CleanupResult Result, DateOnly? RepealOn, string? Reason);

internal sealed class CleanupDecisionValidator : AbstractValidator<CleanupDecisionRequest>
{
    public CleanupDecisionValidator()
    {
        RuleFor(x => x.Result).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(2000);
    }
}

internal static class DecideCleanupItem
{
    public static void Map(RouteGroupBuilder cleanup) =>
        cleanup.MapPost("/{id:guid}/items/{documentId:guid}", (Guid id, Guid documentId, CleanupDecisionRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(db.CleanupCampaigns, id, (campaign, c) => campaign.Decide(documentId, request.Result, request.RepealOn, request.Reason?.Trim(), c.Today, c.Now), CleanupResponse.From, ct))
        .Validate<CleanupDecisionRequest>()
        .WithRequestExample(Examples.CleanupItem)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForSupervisingBody()
        .WithName("DecideCleanupItem")
        .WithSummary("Retain, amend or repeal one document of the campaign, with the reason and the repeal date (DOC-8).");
}
