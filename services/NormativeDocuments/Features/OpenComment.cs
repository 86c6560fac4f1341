using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>公开征求意见 (DOC-2): the period opens; its clock closes it the day after it ends.</summary>
internal static class OpenComment
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/comment-period", (Guid id, OpenConsultationRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, c) => d.OpenForComment(request.OpensOn, request.ClosesOn, c.Today, c.Calendar, c.Settings, c.Now), ct))
        .Validate<OpenConsultationRequest>()
        .WithRequestExample(Examples.OpenComment)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("OpenComment")
        .WithSummary("Opens the draft for public comment: at least 7 working days, 30 days when tied to market activity (DOC-2).");
}
