namespace RuleOfLaw.Reconsideration.Features;

/// <summary>开庭: the day, whether the unit's head appeared in court, and who appeared for the unit.</summary>
public sealed record RecordCourtHearingRequest(DateOnly HeldOn, bool HeadAppeared, string AppearedBy, string? Note);

internal sealed class RecordCourtHearingValidator : AbstractValidator<RecordCourtHearingRequest>
{
    public RecordCourtHearingValidator(TimeProvider time)
    {
        RuleFor(x => x.HeldOn).NotInTheFuture(time);
        RuleFor(x => x.AppearedBy).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}

internal static class RecordCourtHearing
{
    public static void Map(RouteGroupBuilder courtCases) =>
        courtCases.MapPost("/{id:guid}/hearings", (Guid id, RecordCourtHearingRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.CourtCases, id, (c, time) => c.RecordHearing(request.HeldOn, request.HeadAppeared, request.AppearedBy.Trim(), request.Note?.Trim(), time), CourtCaseResponse.From, ct))
        .Validate<RecordCourtHearingRequest>()
        .WithRequestExample(Examples.CourtHearing)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("RecordCourtHearing")
        .WithSummary("开庭 (REC-10): a hearing held, in date order, and whether the unit's head appeared in court (出庭应诉); publishes CourtHearingRecorded for appraisal.");
}
