using FluentValidation;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Validation;

namespace RuleOfLaw.Procedures.Meeting;

public sealed record MemberPositionRequest(int Order, string Member, bool IsHead, Stance Stance, string? Remarks = null)
{
    public MemberPosition ToPosition() => new(Order, Member, IsHead, Stance, Remarks);
}

/// <summary>The meeting's decision with its minutes; positions are required where the procedure needs structured minutes.</summary>
public sealed record CollectiveMeetingRequest(
    DateOnly MeetingDate,
    MeetingType MeetingType,
    MeetingOutcome Outcome,
    string Minutes,
    IReadOnlyList<MemberPositionRequest>? Positions = null,
    string? HeadReason = null,
    bool? LegalOfficeHeadAttended = null)
{
    public IReadOnlyList<MemberPosition> ToPositions() => Positions?.Select(p => p.ToPosition()).ToList() ?? [];

    /// <summary>
    /// The meeting these minutes record, checked under the owning procedure's <paramref name="rule"/>; the
    /// procedure says whether its minutes must be structured (<see cref="CollectiveMeeting.Record"/>).
    /// </summary>
    public CollectiveMeeting ToMeeting(bool structuredMinutesRequired, Rule rule) =>
        CollectiveMeeting.Record(MeetingDate, MeetingType, Outcome, Minutes, ToPositions(), HeadReason, LegalOfficeHeadAttended, structuredMinutesRequired, rule);
}

internal sealed class CollectiveMeetingValidator : AbstractValidator<CollectiveMeetingRequest>
{
    public const int MaxPositions = 100;

    public CollectiveMeetingValidator()
    {
        RuleFor(x => x.MeetingDate).NotEmpty();
        RuleFor(x => x.MeetingType).IsInEnum();
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Minutes).NotEmpty().MaximumLength(50_000);
        RuleFor(x => x.HeadReason).MaximumLength(5000);
        RuleFor(x => x.Positions).MaximumCount(MaxPositions).WithMessage($"At most {MaxPositions} positions.");
        RuleForEach(x => x.Positions).SetValidator(new MemberPositionValidator());
    }
}

/// <summary>One member's position in the minutes; a validator of its own, so the OpenAPI document shows its limits.</summary>
internal sealed class MemberPositionValidator : AbstractValidator<MemberPositionRequest>
{
    public MemberPositionValidator()
    {
        RuleFor(p => p.Order).GreaterThan(0).LessThanOrEqualTo(CollectiveMeetingValidator.MaxPositions);
        RuleFor(p => p.Member).NotEmpty().MaximumLength(100);
        RuleFor(p => p.Stance).IsInEnum();
        RuleFor(p => p.Remarks).MaximumLength(5000);
    }
}
