namespace RuleOfLaw.Reconsideration.Features;

/// <summary>受理: the procedure (simplified with its ground), and whether the case is major or complex (heard, and reported).</summary>
public sealed record AcceptCaseRequest(DateOnly AcceptedOn, ProcedureKind Procedure, SimplifiedGround? SimplifiedGround, bool Major);

internal sealed class AcceptCaseValidator : AbstractValidator<AcceptCaseRequest>
{
    public AcceptCaseValidator(TimeProvider time)
    {
        RuleFor(x => x.AcceptedOn).NotInTheFuture(time);
        RuleFor(x => x.Procedure).IsInEnum();
        RuleFor(x => x.SimplifiedGround).IsInEnum();
    }
}
