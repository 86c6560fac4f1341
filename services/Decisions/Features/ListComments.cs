using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Decisions.Features;

/// <summary>The comments on a draft; their dispositions are the unit's working notes until it publishes them (DEC-2).</summary>
internal static class ListComments
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapGet("/{id:guid}/comments", (Guid id, DecisionsDbContext db, HttpContext http, CancellationToken ct) =>
            db.Decisions.ShowAsync(id, d => Comments(d, http), ct))
        .WithName("ListDecisionComments")
        .WithSummary("The comments with their dispositions, shown to the public once published (DEC-2).");

    private static List<CommentResponse> Comments(MajorDecision decision, HttpContext http)
    {
        Func<PublicComment, CommentResponse> show = decision.DispositionsPublic || RecordViews.For(http, decision.UnitId) == RecordView.Full
            ? CommentResponse.From
            : CommentResponse.WithoutDisposition;
        return decision.Comments.OrderBy(c => c.SubmittedAt).Select(show).ToList();
    }
}
