namespace RuleOfLaw.Decisions.Features;

/// <summary>A hearing participant and the stakeholder category they speak for (DEC-3).</summary>
public sealed record HearingParticipantRequest(string Name, string Category);

internal sealed class HearingParticipantValidator : AbstractValidator<HearingParticipantRequest>
{
    public HearingParticipantValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Category).NotEmpty().MaximumLength(100);
    }
}
