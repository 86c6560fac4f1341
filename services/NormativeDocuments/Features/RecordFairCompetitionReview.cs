using RuleOfLaw.Procedures.FairCompetition;

namespace RuleOfLaw.NormativeDocuments.Features;

internal static class RecordFairCompetitionReview
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/fair-competition-review", (Guid id, FairCompetitionReviewRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, c) => d.RecordFairCompetitionReview(request.Conclusion.Trim(), c.Now), ct))
        .Validate<FairCompetitionReviewRequest>()
        .WithRequestExample(Examples.FairCompetitionReview)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DocumentResponse>()
        .WithName("RecordFairCompetitionReview")
        .WithSummary("Records the fair-competition review (公平竞争审查) of a market-related draft (DOC-2).");
}
