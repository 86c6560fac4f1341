namespace RuleOfLaw.Decisions.Features;

/// <summary>The dispositions are published, each with its comment, before the procedure moves on (DEC-2).</summary>
internal static class PublishCommentDispositions
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/comment-dispositions", (d, t) => d.PublishDispositions(t.Today, t.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PublishCommentDispositions")
        .WithSummary("Publishes every comment's disposition, each linked to its comment; refused while any comment lacks one (DEC-2).");
}
