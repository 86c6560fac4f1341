namespace RuleOfLaw.NormativeDocuments.Features;

internal static class RecordFairCompetitionReview
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/fair-competition-review", Examples.FairCompetitionReview, (d, request, c) => request.RecordOn(d, c.Now))
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DocumentResponse>()
        .WithName("RecordFairCompetitionReview")
        .WithSummary("Records the fair-competition review (公平竞争审查) of a market-related draft (DOC-2).");
}
