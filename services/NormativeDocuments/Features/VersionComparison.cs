namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>A line-by-line comparison of two versions: each line unchanged, inserted or deleted.</summary>
public sealed record VersionComparison(int From, int To, IReadOnlyList<ComparedLine> Lines);
