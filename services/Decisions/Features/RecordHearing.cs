namespace RuleOfLaw.Decisions.Features;

public sealed record HearingRecordRequest(string Record, IReadOnlyList<string> SignedBy);

internal sealed class HearingRecordValidator : AbstractValidator<HearingRecordRequest>
{
    public HearingRecordValidator()
    {
        RuleFor(x => x.Record).NotEmpty().MaximumLength(100_000);
        RuleFor(x => x.SignedBy).NotNull().MaximumCount(500);
        RuleForEach(x => x.SignedBy).NotEmpty().MaximumLength(100);
    }
}

/// <summary>The hearing is held and its record signed by the participants (DEC-3).</summary>
internal static class RecordHearing
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/hearing/record", Examples.HearingRecord, (d, request, t, settings) =>
            d.RecordHearing(request.Record.Trim(), [.. request.SignedBy.Select(s => s.Trim())], t.Today, settings, t.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Hearing")
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("RecordHearing")
        .WithSummary("Concludes the hearing with its signed record; refused with fewer stakeholder categories than the district setting (DEC-3).");
}
