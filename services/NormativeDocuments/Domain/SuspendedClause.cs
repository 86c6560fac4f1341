namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>A clause whose application is suspended after an incidental review found it unlawful (DOC-14).</summary>
public sealed record SuspendedClause(string Clause, string Reason, DateOnly Since);
