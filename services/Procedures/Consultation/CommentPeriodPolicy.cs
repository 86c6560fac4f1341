using RuleOfLaw.BuildingBlocks.Clocks;

namespace RuleOfLaw.Procedures.Consultation;

/// <summary>
/// How long a comment period must last: at least <paramref name="Minimum"/> days of <paramref name="Unit"/>;
/// when <paramref name="ShorterWithPublishedReason"/>, a shorter period is allowed with a reason published with the notice.
/// </summary>
public sealed record CommentPeriodPolicy(int Minimum, PeriodUnit Unit, bool ShorterWithPublishedReason = false);
