namespace RuleOfLaw.NormativeDocuments.Features;

internal static class CloseComment
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/close-comment", (d, c) => d.CloseComment(c.Today, c.Now))
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DocumentResponse>()
        .WithName("CloseComment")
        .WithSummary("Closes a comment period that has run (it also closes by itself the day after).");
}
