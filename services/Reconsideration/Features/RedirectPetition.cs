namespace RuleOfLaw.Reconsideration.Features;

/// <summary>导入法定途径: reconsideration or litigation, the route named to the petitioner, and the day.</summary>
public sealed record RedirectPetitionRequest(PetitionRoute Route, string RouteNamed, DateOnly On);

internal sealed class RedirectPetitionValidator : AbstractValidator<RedirectPetitionRequest>
{
    public RedirectPetitionValidator(TimeProvider time)
    {
        RuleFor(x => x.Route).IsInEnum();
        RuleFor(x => x.RouteNamed).NotEmpty().MaximumLength(500);
        RuleFor(x => x.On).NotInTheFuture(time);
    }
}
