namespace RuleOfLaw.Reconsideration.Features;

/// <summary>转送交办: the competent unit and the day.</summary>
public sealed record RoutePetitionRequest(string UnitId, DateOnly On);

internal sealed class RoutePetitionValidator : AbstractValidator<RoutePetitionRequest>
{
    public RoutePetitionValidator(TimeProvider time)
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.On).NotInTheFuture(time);
    }
}
