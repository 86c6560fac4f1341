using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>公开征求意见 (DOC-2): the period opens; its clock closes it the day after it ends.</summary>
internal static class OpenComment
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/comment-period", Examples.OpenComment, (d, request, c) => d.OpenForComment(request.OpensOn, request.ClosesOn, c.Today, c.Calendar, c.Settings, c.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("OpenComment")
        .WithSummary("Opens the draft for public comment: at least 7 working days, 30 days when tied to market activity (DOC-2).");
}
