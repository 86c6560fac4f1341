namespace RuleOfLaw.Reconsideration.Features;

/// <summary>信访登记: the petitioner, the matter and the day it was received.</summary>
public sealed record RegisterPetitionRequest(string Petitioner, string Matter, DateOnly ReceivedOn);

internal sealed class RegisterPetitionValidator : AbstractValidator<RegisterPetitionRequest>
{
    public RegisterPetitionValidator(TimeProvider time)
    {
        RuleFor(x => x.Petitioner).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Matter).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.ReceivedOn).NotInTheFuture(time);
    }
}
